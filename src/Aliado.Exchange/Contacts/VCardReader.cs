using System.Text;

namespace Aliado.Exchange.Contacts;

/// <summary>
/// Reads vCard 2.1, 3.0 and 4.0, one card or many: line folding, quoted-printable with soft line breaks,
/// per-value charsets, escapes, <c>itemN.</c> groups with their Apple labels; photos and other binary
/// values are passed over.
/// </summary>
internal sealed class VCardReader(ContactText text, TextReader reader)
{
    private static readonly HashSet<string> _technical = new(StringComparer.OrdinalIgnoreCase)
    {
        "VERSION", "PRODID", "REV", "UID", "PHOTO", "LOGO", "SOUND", "KEY", "LABEL", "CLASS", "SORT-STRING", "MAILER",
        "X-ABUID", "X-ABLABEL", "X-ABADR", "X-ABSHOWAS", "X-MS-OL-DESIGN", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-CARDPICTURE",
        "X-EVOLUTION-FILE-AS", "X-EVOLUTION-SPOUSE", "X-MOZILLA-HTML", "X-WAB-GENDER", "KIND", "XML", "SOURCE", "NAME",
    };

    private static readonly HashSet<string> _unlabelled = new(StringComparer.OrdinalIgnoreCase)
    {
        "INTERNET", "PREF", "X400", "VOICE", "TEXT", "MSG", "BBS", "MODEM", "ISDN", "VIDEO", "X-INTERNET",
    };

    public IEnumerable<Contact> Read()
    {
        var record = 0;
        List<VCardProperty>? card = null;
        var depth = 0;
        foreach (var line in LogicalLines())
        {
            var property = VCardProperty.Parse(line);
            if (property is null)
            {
                continue;
            }
            if (property.Is("BEGIN") && property.Raw.Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase))
            {
                if (card is null)
                {
                    (card, depth) = ([], 1);
                    record++;
                }
                else
                {
                    depth++;
                }
                continue;
            }
            if (property.Is("END") && property.Raw.Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase) && card is not null)
            {
                if (--depth == 0)
                {
                    yield return Build(record, card);
                    card = null;
                }
                continue;
            }
            if (card is not null && depth == 1)
            {
                card.Add(property);
            }
        }
        if (card is not null)
        {
            throw new ContactFileException(ContactFileException.UnterminatedCard, record);
        }
    }

    /// <summary>Joins folded lines (a leading space or tab) and quoted-printable soft breaks (a trailing "=").</summary>
    private IEnumerable<string> LogicalLines()
    {
        StringBuilder? pending = null;
        var quotedPrintable = false;
        while (reader.ReadLine() is { } line)
        {
            if (pending is not null && line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                pending.Append(line, 1, line.Length - 1);
                continue;
            }
            if (pending is not null && quotedPrintable && pending.Length > 0 && pending[^1] == '=')
            {
                pending.Length--;
                pending.Append(line);
                continue;
            }
            if (pending is not null)
            {
                yield return pending.ToString();
                pending = null;
            }
            if (line.Length == 0)
            {
                continue;
            }
            pending = new StringBuilder(line);
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            quotedPrintable = colon > 0 && line.AsSpan(0, colon).Contains("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
        }
        if (pending is not null)
        {
            yield return pending.ToString();
        }
    }

    private Contact Build(int record, List<VCardProperty> properties)
    {
        var contact = new Contact { Record = record };
        var groupLabels = properties.Where(p => p.Is("X-ABLABEL") && p.Group is not null)
            .GroupBy(p => p.Group!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => AppleLabel(Value(g.First())), StringComparer.OrdinalIgnoreCase);
        foreach (var property in properties)
        {
            if (property.IsBinary || _technical.Contains(property.Name))
            {
                continue;
            }
            var label = property.Group is not null && groupLabels.TryGetValue(property.Group, out var grouped) ? grouped : TypeLabel(property);
            switch (property.Name.ToUpperInvariant())
            {
                case "FN":
                    contact.FormattedName ??= Value(property);
                    break;
                case "N":
                    var name = Parts(property);
                    (contact.FamilyName, contact.GivenName, contact.MiddleName) = (At(name, 0), At(name, 1), At(name, 2));
                    break;
                case "ORG":
                    var org = Parts(property);
                    contact.Organization ??= At(org, 0);
                    contact.AddExtra("Department", string.Join(", ", org.Skip(1).Where(p => p.Length > 0)));
                    break;
                case "TITLE":
                    contact.Title ??= Value(property);
                    break;
                case "EMAIL":
                    contact.AddEmail(Value(property), label);
                    break;
                case "TEL":
                    contact.AddPhone(Value(property).Replace("tel:", string.Empty, StringComparison.OrdinalIgnoreCase), label);
                    break;
                case "URL":
                    contact.AddLink(Value(property), label);
                    break;
                case "BDAY":
                    contact.SetBirthday(Value(property), "Birthday");
                    break;
                case "NOTE":
                    contact.AddNote(Value(property));
                    break;
                case "ADR":
                    contact.AddExtra(label is null ? "Address" : $"Address ({label})", string.Join(", ", Parts(property).Where(p => p.Length > 0)));
                    break;
                case "NICKNAME":
                    contact.AddExtra("Nickname", Value(property));
                    break;
                default:
                    contact.AddExtra(label is null ? Pretty(property.Name) : $"{Pretty(property.Name)} ({label})", Value(property));
                    break;
            }
        }
        return contact;
    }

    private string Value(VCardProperty property) => Unescape(Decoded(property)).Trim();

    private List<string> Parts(VCardProperty property) => [.. SplitUnescaped(Decoded(property), ';').Select(p => Unescape(p).Trim())];

    private string Decoded(VCardProperty property)
    {
        var charset = property.Parameter("CHARSET") is { } name ? ContactText.Named(name) : null;
        return property.IsQuotedPrintable ? text.Decode(QuotedPrintable(property.Raw), charset) : text.Decode(property.Raw, charset);
    }

    private static string? At(List<string> parts, int index) => index < parts.Count && parts[index].Length > 0 ? parts[index] : null;

    private static string? TypeLabel(VCardProperty property)
    {
        var types = property.Types.Where(t => !_unlabelled.Contains(t)).Select(t => t.ToLowerInvariant() switch
        {
            "cell" => "mobile",
            var other => other.StartsWith("x-", StringComparison.Ordinal) ? other[2..] : other,
        }).Distinct().ToList();
        return types.Count == 0 ? null : string.Join(' ', types);
    }

    /// <summary>Apple writes its built-in labels as "_$!&lt;HomePage&gt;!$_".</summary>
    private static string AppleLabel(string label) =>
        label.StartsWith("_$!<", StringComparison.Ordinal) && label.EndsWith(">!$_", StringComparison.Ordinal) ? label[4..^4] : label;

    private static string Pretty(string name) =>
        name.StartsWith("X-", StringComparison.OrdinalIgnoreCase) ? name[2..] : name;

    private static byte[] QuotedPrintable(string raw)
    {
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '=' && i + 2 < raw.Length && Uri.IsHexDigit(raw[i + 1]) && Uri.IsHexDigit(raw[i + 2]))
            {
                bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (raw[i] != '=' || i != raw.Length - 1)
            {
                bytes.Add((byte)raw[i]);
            }
        }
        return [.. bytes];
    }

    private static IEnumerable<string> SplitUnescaped(string value, char separator)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == separator)
            {
                yield return value[start..i];
                start = i + 1;
            }
        }
        yield return value[start..];
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }
        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var next = value[++i];
                result.Append(next is 'n' or 'N' ? '\n' : next);
            }
            else
            {
                result.Append(value[i]);
            }
        }
        return result.ToString();
    }
}
