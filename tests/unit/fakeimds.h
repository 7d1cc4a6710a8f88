// SPDX-License-Identifier: MIT
// A fake Azure Instance Metadata Service on 127.0.0.1 for tests: answers every request with the configured
// status and body (or, when `silent`, never answers) and records what it was sent.
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

class FakeImds : public QObject {
public:
    struct Request {
        QByteArray requestLine; // "GET /metadata/instance?api-version=... HTTP/1.1"
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0) return h.second;
            return {};
        }
    };

    int status = 200;
    QByteArray reason = "OK";
    QByteArray body;
    bool silent = false;     // accept, read, never answer: a service that does not respond
    bool endless = false;    // answer 200 with a chunked body that does not end, as fast as the client reads
    qint64 endlessBytes = 0; // how much of it was handed to the socket
    // Where "endless" stops sending (and then keeps the connection open, silent): a client that does not
    // bound what it reads fails its test without taking all memory.
    static constexpr qint64 kEndlessLimit = 64 * 1024 * 1024;
    int connections = 0;
    QList<Request> requests;

    FakeImds() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void reset(int st, QByteArray rs, QByteArray b) {
        status = st;
        reason = std::move(rs);
        body = std::move(b);
        silent = false;
        endless = false;
        endlessBytes = 0;
        connections = 0;
        requests.clear();
    }

private:
    void onData(QTcpSocket *s) {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0) return;
        Request r;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        r.requestLine = lines.value(0).trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        requests.append(r);
        buf.clear();
        if (silent) return;
        if (endless) {
            s->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            connect(s, &QTcpSocket::bytesWritten, this, [this, s] { pump(s); });
            pump(s);
            return;
        }
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        answer += "Content-Type: application/json; charset=utf-8\r\n";
        answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (status >= 300 && status < 400) answer += "Location: http://127.0.0.1:1/elsewhere\r\n";
        answer += "Connection: close\r\n\r\n" + body;
        s->write(answer);
        s->disconnectFromHost();
    }

    // Keeps a few chunks queued until the client goes away.
    void pump(QTcpSocket *s) {
        static const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, ' ') + "\r\n";
        while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 4 * chunk.size() &&
               endlessBytes < kEndlessLimit) {
            s->write(chunk);
            endlessBytes += chunk.size();
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A /metadata/instance body in the shape Microsoft documents
// (https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service, "Sample 1"), trimmed to
// the fields nestready reads plus a few it ignores. The identifiers are made up.
inline QByteArray imdsBody(const QByteArray &vmSize, const QByteArray &securityType = "Standard") {
    return R"({"compute":{"azEnvironment":"AzurePublicCloud","location":"westeurope","name":"build-agent-07",)"
           R"("osType":"Linux","resourceGroupName":"rg-ci","subscriptionId":"8d10da13-8125-4ba9-a717-bf7490507b3d",)"
           R"("vmId":"02aab8a4-74ef-476e-8182-f6d2ba4166a6","zone":"1","securityProfile":{"secureBootEnabled":"true",)"
           R"("virtualTpmEnabled":"true","securityType":")" +
           securityType + R"("},"vmSize":")" + vmSize +
           R"("},"network":{"interface":[{"macAddress":"000D3AF806EC"}]}})";
}
