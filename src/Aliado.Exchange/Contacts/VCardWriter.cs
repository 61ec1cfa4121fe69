using System.Globalization;
using System.Text;
using Aliado.Core.People;

namespace Aliado.Exchange.Contacts;

/// <summary>Writes people as vCard 4.0 (RFC 6350): escaped values, lines folded at 75 octets without splitting a character.</summary>
public static class VCardWriter
{
    private const int LineOctets = 75;

    public static string Write(PersonCard person)
    {
        var card = new StringBuilder();
        Line(card, "BEGIN:VCARD");
        Line(card, "VERSION:4.0");
        Line(card, $"UID:urn:uuid:{person.Id}");
        Line(card, $"FN:{Escape(person.Name)}");
        if (person.Organization is { } organization)
        {
            Line(card, $"ORG:{Escape(organization)}");
        }
        if (person.Position is { } position)
        {
            Line(card, $"TITLE:{Escape(position)}");
        }
        foreach (var email in person.Emails)
        {
            Line(card, $"EMAIL{Type(email)}:{Escape(email.Value)}");
        }
        foreach (var phone in person.Phones)
        {
            Line(card, $"TEL;VALUE=text{Type(phone)}:{Escape(phone.Value)}");
        }
        foreach (var link in person.Links)
        {
            Line(card, $"URL{Type(link)}:{link.Value}");
        }
        if (person.Birthday is { } birthday && Birthday.TryParse(birthday, out var year, out var month, out var day))
        {
            Line(card, year is { } y ? $"BDAY:{y:D4}{month:D2}{day:D2}" : $"BDAY:--{month:D2}{day:D2}");
        }
        if (person.Roles.Count > 0)
        {
            Line(card, $"ROLE:{Escape(string.Join(", ", person.Roles))}");
        }
        if (person.Notes is { } notes)
        {
            Line(card, $"NOTE:{Escape(notes)}");
        }
        Line(card, $"REV:{person.UpdatedAt.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");
        Line(card, "END:VCARD");
        return card.ToString();
    }

    /// <summary>A label becomes the TYPE, quoted when it holds characters a parameter cannot carry bare.</summary>
    private static string Type(ContactPoint point) => point.Label switch
    {
        null or "" => string.Empty,
        "mobile" => ";TYPE=cell",
        var label when label.All(c => char.IsLetterOrDigit(c) || c is '-' or ' ') => $";TYPE={label.Replace(' ', ',')}",
        var label => $";TYPE=\"{label.Replace("\"", "'", StringComparison.Ordinal)}\"",
    };

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    private static void Line(StringBuilder card, string line)
    {
        var octets = 0;
        var first = true;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > (first ? LineOctets : LineOctets - 1))
            {
                card.Append("\r\n ");
                (octets, first) = (0, false);
            }
            card.Append(rune.ToString());
            octets += size;
        }
        card.Append("\r\n");
    }
}
