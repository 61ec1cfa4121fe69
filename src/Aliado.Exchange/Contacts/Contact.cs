using Aliado.Core.People;

namespace Aliado.Exchange.Contacts;

/// <summary>One contact as a file holds it, before it meets the workspace: the fields a person has, and everything else as labelled extras.</summary>
public sealed class Contact
{
    /// <summary>Its place in the file (card or data row, from 1), so a skipped contact can be found again.</summary>
    public required int Record { get; init; }

    public string? FormattedName { get; set; }

    public string? GivenName { get; set; }

    public string? MiddleName { get; set; }

    public string? FamilyName { get; set; }

    public string? Organization { get; set; }

    public string? Title { get; set; }

    public List<ContactPoint> Emails { get; } = [];

    public List<ContactPoint> Phones { get; } = [];

    public List<ContactPoint> Links { get; } = [];

    /// <summary>"1980-03-22" or "--03-22"; a date the reader could not understand is kept in <see cref="Extras"/>.</summary>
    public string? Birthday { get; set; }

    public List<string> Notes { get; } = [];

    /// <summary>Addresses, nicknames, custom fields…: kept under the person's notes, so nothing in the file is lost.</summary>
    public List<(string Label, string Value)> Extras { get; } = [];

    /// <summary>The name to show: the file's display name, else the name parts joined, else the first address.</summary>
    public string? DisplayName =>
        Clean(FormattedName)
        ?? Clean(string.Join(' ', new[] { GivenName, MiddleName, FamilyName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim())))
        ?? Emails.FirstOrDefault()?.Value
        ?? Phones.FirstOrDefault()?.Value;

    internal void AddEmail(string? value, string? label) => Add(Emails, value, label);

    internal void AddPhone(string? value, string? label) => Add(Phones, value, label);

    internal void AddLink(string? value, string? label) => Add(Links, value, label);

    internal void AddExtra(string label, string? value)
    {
        if (Clean(value) is { } text)
        {
            Extras.Add((label, text));
        }
    }

    internal void AddNote(string? value)
    {
        if (Clean(value) is { } text)
        {
            Notes.Add(text);
        }
    }

    /// <summary>A birthday in any of the forms programs write; anything else is kept as an extra.</summary>
    internal void SetBirthday(string? value, string label)
    {
        if (Clean(value) is not { } text)
        {
            return;
        }
        if (BirthdayText.TryRead(text) is { } birthday)
        {
            Birthday ??= birthday;
        }
        else
        {
            Extras.Add((label, text));
        }
    }

    private static void Add(List<ContactPoint> points, string? value, string? label)
    {
        if (Clean(value) is { } text && !points.Any(p => string.Equals(p.Value, text, StringComparison.OrdinalIgnoreCase)))
        {
            points.Add(new ContactPoint(text, Clean(label)));
        }
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
