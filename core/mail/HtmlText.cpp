#include "core/mail/Mime.h"

#include <QRegularExpression>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace redress::core::mime {

namespace {

bool isOneOf(const char* name, std::initializer_list<const char*> names)
{
    for (const char* n : names) {
        if (qstricmp(name, n) == 0)
            return true;
    }
    return false;
}

/// Collects the text of an HTML tree: runs of white space become one space,
/// block boundaries become line breaks (paragraphs a blank line).
class TextWriter
{
public:
    QString text() const { return m_out; }

    void walk(xmlNode* node)
    {
        for (xmlNode* n = node; n; n = n->next) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                addText(QString::fromUtf8(reinterpret_cast<const char*>(n->content)));
            } else if (n->type == XML_ELEMENT_NODE) {
                element(n);
            }
        }
    }

private:
    void element(xmlNode* n)
    {
        const char* name = reinterpret_cast<const char*>(n->name);
        if (isOneOf(name, {"script", "style", "head", "title", "noscript", "template", "object"}))
            return;
        if (isOneOf(name, {"br"})) {
            m_out += QLatin1Char('\n');
            return;
        }
        if (isOneOf(name, {"hr"})) {
            breakLines(1);
            m_out += QStringLiteral("----------");
            breakLines(1);
            return;
        }
        if (isOneOf(name, {"img"})) {
            // An image's alt text stands in for it; tracking pixels have none.
            const QString alt = attribute(n, "alt").simplified();
            if (!alt.isEmpty())
                addText(alt);
            return;
        }
        const bool paragraph = isOneOf(
            name, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table", "dl"});
        const bool block =
            paragraph || isOneOf(name, {"div", "tr", "section", "article", "header", "footer", "address",
                                        "dt", "dd", "form", "center", "nav", "main", "aside", "figure",
                                        "figcaption", "fieldset", "caption"});
        if (isOneOf(name, {"li"})) {
            breakLines(1);
            m_out += QStringLiteral("- ");
            walk(n->children);
            breakLines(1);
            return;
        }
        if (isOneOf(name, {"td", "th"})) {
            if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')) && !m_out.endsWith(QLatin1Char(' ')))
                m_out += QLatin1Char(' ');
            walk(n->children);
            if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')) && !m_out.endsWith(QLatin1Char(' ')))
                m_out += QLatin1Char(' ');
            return;
        }
        if (isOneOf(name, {"pre"})) {
            breakLines(2);
            ++m_pre;
            walk(n->children);
            --m_pre;
            breakLines(2);
            return;
        }
        if (isOneOf(name, {"a"})) {
            const qsizetype start = m_out.size();
            walk(n->children);
            const QString shown = m_out.mid(start).simplified();
            QString href = attribute(n, "href").trimmed();
            if (href.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                href = href.mid(7);
            const bool useful = !href.isEmpty() && !href.startsWith(QLatin1Char('#')) &&
                                !href.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive);
            if (useful && shown != href && shown.compare(href.section(QLatin1Char('?'), 0, 0)) != 0) {
                if (shown.isEmpty())
                    addText(href);
                else
                    addText(QStringLiteral(" (") + href + QLatin1Char(')'));
            }
            return;
        }
        if (block)
            breakLines(paragraph ? 2 : 1);
        walk(n->children);
        if (block)
            breakLines(paragraph ? 2 : 1);
    }

    static QString attribute(xmlNode* n, const char* name)
    {
        xmlChar* value = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
        if (!value)
            return {};
        const QString s = QString::fromUtf8(reinterpret_cast<const char*>(value));
        xmlFree(value);
        return s;
    }

    void addText(const QString& raw)
    {
        if (m_pre > 0) {
            m_out += raw;
            return;
        }
        QString s = raw;
        s.replace(QChar(0x00a0), QLatin1Char(' '));
        static const QRegularExpression space(QStringLiteral("\\s+"));
        s.replace(space, QStringLiteral(" "));
        if (s.startsWith(QLatin1Char(' ')) &&
            (m_out.isEmpty() || m_out.endsWith(QLatin1Char(' ')) || m_out.endsWith(QLatin1Char('\n'))))
            s.remove(0, 1);
        m_out += s;
    }

    void breakLines(int count)
    {
        if (m_out.isEmpty())
            return;
        while (m_out.endsWith(QLatin1Char(' ')))
            m_out.chop(1);
        int have = 0;
        for (qsizetype i = m_out.size() - 1; i >= 0 && m_out.at(i) == QLatin1Char('\n'); --i)
            ++have;
        for (; have < count; ++have)
            m_out += QLatin1Char('\n');
    }

    QString m_out;
    int m_pre = 0;
};

} // namespace

QString htmlToText(const QByteArray& html)
{
    if (html.trimmed().isEmpty())
        return {};
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
    htmlDocPtr doc = htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8", options);
    if (!doc)
        return QString::fromUtf8(html).simplified();
    TextWriter writer;
    writer.walk(xmlDocGetRootElement(doc));
    xmlFreeDoc(doc);

    // Spaces at line ends and more than one blank line say nothing.
    QString text = writer.text();
    static const QRegularExpression lineEndSpace(QStringLiteral("[ \\t]+\\n"));
    static const QRegularExpression lineStartSpace(QStringLiteral("\\n[ \\t]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    text.replace(lineEndSpace, QStringLiteral("\n"));
    text.replace(lineStartSpace, QStringLiteral("\n"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

} // namespace redress::core::mime
