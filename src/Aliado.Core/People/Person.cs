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
        SocialStyle = KebabCase.ParseOr(draft.SocialStyle, SocialStyle.Unknown);
        LeadershipStyle = Clean(draft.LeadershipStyle);
        PerceivedByOwnTeam = Clean(draft.PerceivedByOwnTeam);
        PerceivedByOtherTeams = Clean(draft.PerceivedByOtherTeams);
        Email = Clean(draft.Email);
        Phone = Clean(draft.Phone);
        Notes = Clean(draft.Notes);
        UpdatedAt = DateTime.UtcNow;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
