#pragma once

#include "entity.h"
#include "entitystore.h"

// Deterministic, realistic entities for the demo store and the benchmarks: every Dispatch type,
// several organizations, every status, skewed tags, reasons, soft-deleted rows.
namespace DemoData {

// The entity number `index` of a demo set; the same index always gives the same entity.
Entity make(qint64 index);

// Writes entities [0, count) into the store in one transaction (rows as they are).
VoidResult populate(EntityStore &store, qint64 count);

} // namespace DemoData
