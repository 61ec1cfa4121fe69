namespace Aliado.Core.People;

/// <summary>Someone in the user's working world: a client, someone in a client's circle, or me.</summary>
public sealed class Person : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    /// <summary>Exactly one person per workspace is the workspace owner's "me".</summary>
    public bool IsMe { get; init; }

    public string Name { get; private set; } = string.Empty;

    public string SearchName { get; private set; } = string.Empty;

    public Guid? OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public string? Position { get; private set; }

    public List<string> Roles { get; private set; } = [];

    public SocialStyle SocialStyle { get; private set; }

    public string? LeadershipStyle { get; private set; }

    public string? PerceivedByOwnTeam { get; private set; }

    public string? PerceivedByOtherTeams { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>Every e-mail, in the order the user or the source gave them; <see cref="Email"/> is the first.</summary>
    public List<ContactPoint> Emails { get; private set; } = [];

    /// <summary>Every phone; <see cref="Phone"/> is the first.</summary>
    public List<ContactPoint> Phones { get; private set; } = [];

    /// <summary>Web pages: a profile, a personal site.</summary>
    public List<ContactPoint> Links { get; private set; } = [];

    /// <summary>"1980-03-15", or "--03-15" when the year is not known (see <see cref="People.Birthday"/>).</summary>
    public string? Birthday { get; private set; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; private set; } = DateTime.UtcNow;

    public static Person Create(Guid workspaceId, PersonDraft draft, bool isMe = false)
    {
        var person = new Person { WorkspaceId = workspaceId, IsMe = isMe };
        person.Apply(draft);
        return person;
    }

    public void Apply(PersonDraft draft)
    {
        Check.EnsureValid(draft.Validate());
        Name = draft.Name!.Trim();
        SearchName = TextSearch.Normalize(Name);
        OrganizationId = draft.OrganizationId;
        Position = Clean(draft.Position);
        Roles = [.. (draft.Roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        SocialStyle = draft.SocialStyle ?? SocialStyle.Unknown;
        LeadershipStyle = Clean(draft.LeadershipStyle);
        PerceivedByOwnTeam = Clean(draft.PerceivedByOwnTeam);
        PerceivedByOtherTeams = Clean(draft.PerceivedByOtherTeams);
        Emails = draft.Emails is { } emails ? Points(emails) : WithFirst(Emails, draft.Email);
        Phones = draft.Phones is { } phones ? Points(phones) : WithFirst(Phones, draft.Phone);
        Links = Points(draft.Links ?? Links);
        Email = Emails.FirstOrDefault()?.Value;
        Phone = Phones.FirstOrDefault()?.Value;
        // Left out (null), the newer fields keep their value, so a client that does not know them cannot wipe them.
        if (draft.Birthday is not null)
        {
            Birthday = People.Birthday.TryParse(draft.Birthday, out var year, out var month, out var day) ? People.Birthday.Format(year, month, day) : null;
        }
        Notes = Clean(draft.Notes);
        UpdatedAt = DateTime.UtcNow;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<ContactPoint> Points(IEnumerable<ContactPoint> points) =>
        [.. points.Select(p => new ContactPoint(p.Value.Trim(), Clean(p.Label))).DistinctBy(p => p.Value, StringComparer.OrdinalIgnoreCase)];

    /// <summary>A draft that only names the first e-mail or phone (the form of older clients) changes that one and keeps the rest.</summary>
    private static List<ContactPoint> WithFirst(List<ContactPoint> current, string? first)
    {
        var rest = current.Skip(1);
        return Clean(first) is { } value
            ? Points([new ContactPoint(value, current.FirstOrDefault() is { } old && string.Equals(old.Value, value, StringComparison.OrdinalIgnoreCase) ? old.Label : null), .. rest])
            : [.. rest];
    }
}
