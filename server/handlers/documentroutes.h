// Entities kept as JSON documents in the experiments table under "<kind>:<id>" keys (shadow
// and switchback tests, ensemble definitions), so that kinds never clash with each other or
// with batch experiment IDs; and the routes they share (create, list, get, rename, delete),
// written once as "check app → parse → validate → store → answer".
#pragma once

#include "routehelpers.h"

#include <functional>

namespace Server {

class KindDocuments
{
public:
    KindDocuments(QString kind, QString label)
        : m_kind(std::move(kind))
        , m_label(std::move(label))
    {
    }

    QString kind() const { return m_kind; } // the table's kind, e.g. "shadow"
    QString label() const { return m_label; } // for messages, e.g. "shadow test"
    QString key(const QString &id) const { return m_kind + QLatin1Char(':') + id; }
    bool owns(const QString &key) const { return key.startsWith(m_kind + QLatin1Char(':')); }

    // Documents as clients know them: "id" is the public ID.
    std::optional<QJsonObject> find(const DataStore &store, const QString &appId,
                                    const QString &id) const;
    std::optional<QJsonObject> findByKey(const DataStore &store, const QString &appId,
                                         const QString &key) const;
    QList<QJsonObject> list(const DataStore &store, const QString &appId) const;
    Api::Result<void> insert(DataStore &store, const QString &appId, const QJsonObject &doc) const;
    Api::Result<void> update(DataStore &store, const QString &appId, const QJsonObject &doc) const;
    // The document and every run still filed under it.
    Api::Result<void> remove(DataStore &store, const QString &appId, const QString &id) const;
    HttpResponse notFound(const QString &id) const { return Server::notFound(m_label, id); }

private:
    QString m_kind;
    QString m_label;
};

struct DocumentRoutes
{
    KindDocuments docs;
    QString collectionPath; // "/v1/applications/{app}/experiments/shadow"
    QString idPrefix; // generated IDs: "shadow-Xk3pQ9aZ1"
    bool listAsItems = false; // {"items": [...]} instead of a bare array
    // The kind's own fields of a create body, checked and put into doc, which already holds
    // id, name, description, created_at and updated_at; a 4xx naming the field when wrong.
    std::function<std::optional<HttpResponse>(const Api::Application &app, const QJsonObject &body,
                                              QJsonObject &doc)>
        build{};
    // What clients see of a stored document (status, counts; results when detailed).
    std::function<QJsonObject(const QString &appId, const QJsonObject &doc, bool detailed)> view{};
    // Optional, before a document is deleted: what becomes of its runs; an error answer stops it.
    std::function<std::optional<HttpResponse>(const QString &appId, const QJsonObject &doc)>
        beforeDelete{};
};

// POST and GET on the collection; GET, PATCH ({name?, description?}) and DELETE on "{id}".
void registerDocumentRoutes(HttpRouter &router, ServerContext &ctx, const DocumentRoutes &routes);

} // namespace Server
