using System.Text;
using MimeKit.Text;

namespace RiskWorker.Notifications.Templates;

/// <summary>
/// The plain-text alternative of a rendered mail, made from the same HTML so both parts always say the same:
/// table cells become " | "-separated lines, headings and paragraphs their own lines; the head is left out.
/// (MimeKit 4.18 ships no HTML-to-text converter, only tokenizers.)
/// </summary>
internal static class HtmlText
{
    public static string Convert(string html)
    {
        var text = new StringBuilder();
        var line = new StringBuilder();
        var inHead = false;
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id == HtmlTagId.Head:
                    inHead = !tag.IsEndTag;
                    break;
                case HtmlTagToken tag when tag.IsEndTag && tag.Id is HtmlTagId.TD or HtmlTagId.TH:
                    line.Append(" | ");
                    break;
                case HtmlTagToken tag when tag.Id is HtmlTagId.TR or HtmlTagId.P or HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3 or HtmlTagId.Div or HtmlTagId.LI or HtmlTagId.Br or HtmlTagId.Table:
                    Flush(text, line, blankAfter: tag.IsEndTag && tag.Id is HtmlTagId.H2 or HtmlTagId.Table or HtmlTagId.P);
                    if (!tag.IsEndTag && tag.Id == HtmlTagId.LI) line.Append("- ");
                    break;
                case HtmlDataToken data when !inHead:
                    line.Append(data.Data);
                    break;
            }
        }

        Flush(text, line, blankAfter: false);
        return text.ToString().Trim() + Environment.NewLine;
    }

    private static void Flush(StringBuilder text, StringBuilder line, bool blankAfter)
    {
        var content = string.Join(' ', line.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('|').TrimEnd();
        line.Clear();
        if (content.Length > 0) text.AppendLine(content);
        if (blankAfter && text.Length > 0 && !text.ToString().EndsWith(Environment.NewLine + Environment.NewLine, StringComparison.Ordinal)) text.AppendLine();
    }
}
