#pragma once

#include <memory>

#include "entitystore.h"

// The embedded default store: a SQLite file in the user's data folder, created and seeded with
// demo entities on first use.
namespace DefaultStore {

QString path();
Result<std::unique_ptr<EntityStore>> open();

} // namespace DefaultStore
