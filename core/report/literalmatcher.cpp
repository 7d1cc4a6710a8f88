// SPDX-License-Identifier: MIT
#include "literalmatcher.h"

#include <algorithm>
#include <deque>

namespace nestready {

namespace {
char16_t folded(QChar c) {
    return c.toLower().unicode();
}
bool isWord(QChar c) {
    return c.isLetterOrNumber();
}
quint64 edgeKey(int node, char16_t c) {
    return (quint64(quint32(node)) << 16) | c;
}
} // namespace

int LiteralMatcher::child(int node, char16_t c) const {
    const auto it = m_edges.find(edgeKey(node, c));
    return it == m_edges.end() ? -1 : it->second;
}

void LiteralMatcher::add(const QString &literal, int id) {
    if (literal.isEmpty()) return;
    int node = 0;
    for (const QChar qc : literal) {
        const char16_t c = folded(qc);
        int next = child(node, c);
        if (next < 0) {
            next = int(m_nodes.size());
            Node n;
            n.depth = m_nodes[std::size_t(node)].depth + 1;
            m_nodes.push_back(n);
            m_edges.emplace(edgeKey(node, c), next);
        }
        node = next;
    }
    if (m_nodes[std::size_t(node)].id < 0) {
        m_nodes[std::size_t(node)].id = id;
        ++m_count;
    }
    m_built = false;
}

void LiteralMatcher::build() const {
    // Children per node, from the edge table, for the breadth-first pass.
    std::vector<std::vector<std::pair<char16_t, int>>> children(m_nodes.size());
    for (const auto &[key, to] : m_edges)
        children[std::size_t(key >> 16)].emplace_back(char16_t(key & 0xffff), to);
    std::deque<int> queue;
    for (const auto &[c, v] : children[0]) {
        m_nodes[std::size_t(v)].fail = 0;
        m_nodes[std::size_t(v)].dict = -1;
        queue.push_back(v);
    }
    while (!queue.empty()) {
        const int u = queue.front();
        queue.pop_front();
        for (const auto &[c, v] : children[std::size_t(u)]) {
            int f = m_nodes[std::size_t(u)].fail;
            while (f != 0 && child(f, c) < 0)
                f = m_nodes[std::size_t(f)].fail;
            const int target = child(f, c);
            const int fail = target >= 0 && target != v ? target : 0;
            Node &n = m_nodes[std::size_t(v)];
            n.fail = fail;
            n.dict = m_nodes[std::size_t(fail)].id >= 0 ? fail : m_nodes[std::size_t(fail)].dict;
            queue.push_back(v);
        }
    }
    m_built = true;
}

QList<LiteralMatcher::Match> LiteralMatcher::find(QStringView text) const {
    if (m_count == 0 || text.isEmpty()) return {};
    if (!m_built) build();
    std::vector<Match> found;
    int state = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = folded(text[i]);
        int next = child(state, c);
        while (next < 0 && state != 0) {
            state = m_nodes[std::size_t(state)].fail;
            next = child(state, c);
        }
        state = next < 0 ? 0 : next;
        if (i + 1 < n && isWord(text[i + 1])) continue; // no literal ending here is a whole token
        const Node &here = m_nodes[std::size_t(state)];
        for (int t = here.id >= 0 ? state : here.dict; t >= 0; t = m_nodes[std::size_t(t)].dict) {
            const Node &end = m_nodes[std::size_t(t)];
            const qsizetype start = i + 1 - end.depth;
            if (start > 0 && isWord(text[start - 1])) continue;
            found.push_back({start, end.depth, end.id});
        }
    }
    std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<Match> out;
    qsizetype next = 0;
    for (const Match &m : found) {
        if (m.start < next) continue;
        out.append(m);
        next = m.start + m.length;
    }
    return out;
}

} // namespace nestready
