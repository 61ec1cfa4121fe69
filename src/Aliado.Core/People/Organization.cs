namespace Aliado.Core.People;

/// <summary>A company, department or team that people belong to; may sit inside a parent.</summary>
public sealed class Organization : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public string Name { get; private set; } = string.Empty;

    public string SearchName { get; private set; } = string.Empty;

    public OrganizationKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }

    public Organization? Parent { get; private set; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public static Organization Create(Guid workspaceId, OrganizationDraft draft)
    {
        var organization = new Organization { WorkspaceId = workspaceId };
        organization.Apply(draft);
        return organization;
    }

    public void Apply(OrganizationDraft draft)
    {
        Check.EnsureValid(draft.Validate());
        Name = draft.Name!.Trim();
        SearchName = TextSearch.Normalize(Name);
        Kind = draft.Kind ?? OrganizationKind.Company;
        ParentId = draft.ParentId;
    }
}

public sealed record OrganizationDraft(string? Name, OrganizationKind? Kind = null, Guid? ParentId = null)
{
    public IReadOnlyList<FieldError> Validate() => new Check()
        .Required("name", Name)
        .MaxLength("name", Name, Limits.Name)
        .Errors;
}
