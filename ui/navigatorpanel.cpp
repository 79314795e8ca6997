#include "navigatorpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

#include "navigatormodel.h"

NavigatorPanel::NavigatorPanel(QWidget *parent) : QWidget(parent), m_model(new NavigatorModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("navigatorView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NavigatorModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(NavigatorModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionsClickable(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Organizations and entity types"));
    layout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NavigatorPanel::onCurrentChanged);
}

void NavigatorPanel::clear()
{
    m_reloading = true;
    m_model->clearTree();
    m_reloading = false;
    m_organization.clear();
    m_type.clear();
}

void NavigatorPanel::showCounting()
{
    clear();
    m_reloading = true;
    m_model->showCounting();
    m_view->setCurrentIndex(m_model->index(0, 0));
    m_reloading = false;
}

void NavigatorPanel::setCounts(const QList<TypeCount> &counts)
{
    const QString organization = m_organization;
    const QString type = m_type;
    m_reloading = true;
    m_model->setCounts(counts);
    m_reloading = false;
    // Organizations start expanded when there are few of them.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rowCount() <= 8 || r == 0)
            m_view->expand(m_model->index(r, 0));
    }
    QModelIndex keep = m_model->indexFor(organization, type);
    if (!keep.isValid())
        keep = m_model->indexFor(organization, {});
    if (!keep.isValid())
        keep = m_model->index(0, 0);
    // Restoring the same node is not a new scope: no signal then.
    m_reloading = true;
    m_view->setCurrentIndex(keep);
    m_reloading = false;
    const QString newOrganization = keep.data(NavigatorModel::OrganizationRole).toString();
    const QString newType = keep.data(NavigatorModel::TypeRole).toString();
    if (newOrganization != organization || newType != type) {
        m_organization = newOrganization;
        m_type = newType;
        emit scopeSelected(m_organization, m_type);
    }
}

bool NavigatorPanel::select(const QString &organization, const QString &type)
{
    const QModelIndex index = m_model->indexFor(organization, type);
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void NavigatorPanel::onCurrentChanged()
{
    if (m_reloading)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString organization = current.data(NavigatorModel::OrganizationRole).toString();
    const QString type = current.data(NavigatorModel::TypeRole).toString();
    if (organization == m_organization && type == m_type)
        return;
    m_organization = organization;
    m_type = type;
    emit scopeSelected(organization, type);
}
