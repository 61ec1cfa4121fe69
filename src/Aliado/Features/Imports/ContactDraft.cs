using System.Text;
using Aliado.Core;
using Aliado.Core.People;
using Aliado.Exchange.Contacts;

namespace Aliado.Features.Imports;

/// <summary>
/// A contact as a person: values that fit the person's fields go there, and what does not fit (a fourth
/// address beyond the limit, an unreadable e-mail, an over-long title) joins the extras in the notes
/// instead of failing the row.
/// </summary>
internal static class ContactDraft
{
    /// <summary>Null when the contact has no name and no address to name it by.</summary>
    public static PersonDraft? From(Contact contact, NotesWords words)
    {
        if (Text(contact.DisplayName) is not { } fullName)
        {
            return null;
        }
        var extras = new List<(string Label, string Value)>();
        var name = Fit(fullName, Limits.Name, "Name", extras);
        var emails = Points(contact.Emails, Limits.Email, "E-mail", extras, EmailAddress.LooksValid);
        var phones = Points(contact.Phones, Limits.Phone, "Phone", extras);
        var links = Points(contact.Links, ContactPoint.LinkLength, "Link", extras);
        var position = Text(contact.Title) is { } title ? Fit(title, Limits.ShortText, "Title", extras) : null;
        extras.AddRange(contact.Extras.Select(e => (e.Label, Text(e.Value) ?? string.Empty)).Where(e => e.Item2.Length > 0));
        return new PersonDraft(name, Position: position, Emails: emails, Phones: phones, Links: links, Birthday: contact.Birthday,
            Notes: Notes(words, contact.Notes, extras));
    }

    /// <summary>
    /// The person as they are, with what the contact adds: empty fields filled, new addresses appended,
    /// the imported notes once. Nothing the user wrote is overwritten.
    /// </summary>
    public static PersonDraft MergeInto(Person person, PersonDraft contact, Guid? organizationId)
    {
        var notes = person.Notes;
        if (contact.Notes is { } imported && (notes is null || !notes.Contains(imported, StringComparison.Ordinal)))
        {
            var joined = notes is null ? imported : $"{notes}\n\n{imported}";
            notes = joined.Length <= Limits.Notes ? joined : notes;
        }
        return new PersonDraft(
            person.Name,
            person.OrganizationId ?? organizationId,
            person.Position ?? contact.Position,
            person.Roles,
            person.SocialStyle,
            person.LeadershipStyle,
            person.PerceivedByOwnTeam,
            person.PerceivedByOtherTeams,
            Notes: notes,
            Emails: Union(person.Emails, contact.Emails),
            Phones: Union(person.Phones, contact.Phones),
            Links: Union(person.Links, contact.Links),
            Birthday: person.Birthday ?? contact.Birthday);
    }

    private static List<ContactPoint> Union(List<ContactPoint> kept, IReadOnlyList<ContactPoint>? added) =>
        [.. kept.Concat((added ?? []).Where(a => !kept.Any(k => string.Equals(k.Value, a.Value, StringComparison.OrdinalIgnoreCase)))).Take(ContactPoint.MaxPerKind)];

    private static List<ContactPoint> Points(IEnumerable<ContactPoint> points, int length, string label, List<(string, string)> extras, Func<string, bool>? valid = null)
    {
        var kept = new List<ContactPoint>();
        foreach (var point in points)
        {
            var value = Text(point.Value);
            if (value is null)
            {
                continue;
            }
            if (kept.Count < ContactPoint.MaxPerKind && value.Length <= length && (valid?.Invoke(value) ?? true))
            {
                var pointLabel = Text(point.Label);
                kept.Add(new ContactPoint(value, pointLabel is { Length: > ContactPoint.LabelLength } ? pointLabel[..ContactPoint.LabelLength] : pointLabel));
            }
            else
            {
                extras.Add((point.Label is null ? label : $"{label} ({point.Label})", value));
            }
        }
        return kept;
    }

    private static string Fit(string value, int length, string label, List<(string, string)> extras)
    {
        if (value.Length <= length)
        {
            return value;
        }
        extras.Add((label, value));
        return value[..length].TrimEnd();
    }

    private static string? Notes(NotesWords words, IEnumerable<string> notes, List<(string Label, string Value)> extras)
    {
        var lines = notes.Select(Text).OfType<string>().Concat(extras.Select(e => $"{words.Label(e.Label)}: {e.Value}")).ToList();
        if (lines.Count == 0)
        {
            return null;
        }
        var text = $"{words.Heading}\n{string.Join('\n', lines)}";
        return text.Length <= Limits.Notes ? text : text[..(Limits.Notes - 1)] + "…";
    }

    /// <summary>Trimmed, without the control characters a person never types (a file may carry them).</summary>
    public static string? Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var clean = new StringBuilder(value.Length);
        foreach (var c in value.Where(c => !Check.IsForbidden(c)))
        {
            clean.Append(c);
        }
        return clean.ToString().Trim() is { Length: > 0 } text ? text : null;
    }
}

/// <summary>
/// The words of the "Imported:" block in the reader's language. A label the file gave ("work", a custom
/// column's name) is the user's own and stays as written; the word Aliado puts before it is translated.
/// </summary>
public sealed record NotesWords(string Heading, Func<string, string?> Word)
{
    public string Label(string label)
    {
        var open = label.IndexOf(" (", StringComparison.Ordinal);
        var word = open < 0 ? label : label[..open];
        return Word(word.ToLowerInvariant().Replace(' ', '-')) is { } translated ? translated + label[word.Length..] : label;
    }
}
