// SPDX-License-Identifier: MIT
#pragma once

#include "coreexport.h"
#include <QList>
#include <QString>

#include <unordered_map>
#include <vector>

namespace nestready {

// Finds many literals in a text at once, in time linear in the text (Aho-Corasick), whatever their
// number: redaction learns thousands of values on a big machine, and one alternation pattern of them
// all is more than PCRE2 compiles (it fails, and then nothing at all is replaced).
//
// Matching is case-insensitive (per UTF-16 unit) and by whole token: the characters on either side of
// a match must not be letters or digits, so '_', '-', '.', '/' and any punctuation separate tokens
// ("vm7" is found in "vm7_OsDisk_1" and "/home/vm7/", never in "vm70" or "avm7").
class NESTREADY_CORE_EXPORT LiteralMatcher {
public:
    struct Match {
        qsizetype start;
        qsizetype length;
        int id; // as given to add()
    };

    // A literal (compared case-insensitively) and the id a match reports. When two literals are equal
    // but for case, the first one added keeps its id. Empty literals are ignored.
    void add(const QString &literal, int id);
    bool isEmpty() const { return m_count == 0; }

    // Leftmost-longest, non-overlapping token matches, in text order: at each position the longest
    // literal that matches there wins, and the search goes on after it.
    QList<Match> find(QStringView text) const;

private:
    void build() const;
    int child(int node, char16_t c) const;

    struct Node {
        int fail = 0;
        int dict = -1; // the nearest node on the fail chain where a literal ends, or -1
        int id = -1;   // the literal that ends here, or -1
        qsizetype depth = 0;
    };
    mutable std::vector<Node> m_nodes{Node{}};
    std::unordered_map<quint64, int> m_edges; // (node << 16 | unit) → node
    mutable bool m_built = true;
    int m_count = 0;
};

} // namespace nestready
