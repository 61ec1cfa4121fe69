using System.Text.RegularExpressions;

namespace Aliado.Core.Typology;

/// <summary>
/// A kind of client with observable traits and guidance on working with them. Types from the default
/// catalogue keep their key and take their texts from the product copy until the workspace rewrites
/// them. Types and traits are retired, never deleted, so past assessments keep their meaning.
/// </summary>
public sealed partial class ClientType : IWorkspaceOwned
{
    public const int KeyLength = 60;
    public const int MaxTraits = 20;

    /// <summary>Every type is scored on every assessment, so a workspace's catalogue stays a size a person can read.</summary>
    public const int MaxPerWorkspace = 40;

    /// <summary>Retired traits are kept (past assessments point at them), so the total a type may gather is bounded too.</summary>
    public const int MaxTraitsKept = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public string Key { get; private set; } = string.Empty;

    public bool IsTarget { get; private set; }

    public bool IsDefault { get; private set; }

    public int Position { get; private set; }

    public bool Retired { get; private set; }

    /// <summary>The workspace's own name; null means the catalogue's, in the reader's language.</summary>
    public string? Name { get; private set; }

    public string? Description { get; private set; }

    public string? Guidance { get; private set; }

    public List<Trait> Traits { get; private set; } = [];

    public IEnumerable<Trait> ActiveTraits => Traits.Where(t => !t.Retired).OrderBy(t => t.Position);

    public static ClientType FromCatalogue(Guid workspaceId, CatalogueType type, int position)
    {
        var clientType = new ClientType { WorkspaceId = workspaceId, Key = type.Key, IsTarget = type.IsTarget, IsDefault = true, Position = position };
        clientType.Traits.AddRange(type.TraitKeys.Select((key, i) => Trait.FromCatalogue(workspaceId, clientType.Id, key, i)));
        return clientType;
    }

    public static ClientType Create(Guid workspaceId, ClientTypeDraft draft, int position)
    {
        Check.EnsureValid(draft.Validate(creating: true));
        var clientType = new ClientType { WorkspaceId = workspaceId, Key = draft.Key!.Trim(), Position = position };
        clientType.Apply(draft);
        return clientType;
    }

    /// <summary>
    /// Rewrites the texts given, and the traits: listed ones are changed or added, traits left out are
    /// retired (they may be ticked in past assessments).
    /// </summary>
    public void Apply(ClientTypeDraft draft)
    {
        Check.EnsureValid(draft.Validate(creating: false));
        Name = Text(draft.Name) ?? Name;
        Description = Text(draft.Description) ?? Description;
        Guidance = Text(draft.Guidance) ?? Guidance;
        if (draft.Traits is null)
        {
            return;
        }
        var listed = draft.Traits.Where(t => t.Id is not null).Select(t => t.Id!.Value).ToHashSet();
        var position = draft.Traits.Count;
        foreach (var trait in Traits.Where(t => !listed.Contains(t.Id)).OrderBy(t => t.Position).ToList())
        {
            trait.Retire(position++);
        }
        position = 0;
        foreach (var traitDraft in draft.Traits)
        {
            var trait = traitDraft.Id is { } id ? Traits.FirstOrDefault(t => t.Id == id) : null;
            if (trait is null)
            {
                trait = Trait.Create(WorkspaceId, Id, position);
                Traits.Add(trait);
            }
            trait.Rewrite(Text(traitDraft.Text), Text(traitDraft.SuggestedAction), position++, traitDraft.Retired == true);
        }
    }

    /// <summary>The caller checked that every listed trait id belongs to this type.</summary>
    public bool Owns(Guid traitId) => Traits.Any(t => t.Id == traitId);

    public void Retire() => Retired = true;

    public void Restore() => Retired = false;

    /// <summary>Back to the catalogue's texts and traits; traits the workspace added are retired.</summary>
    public void ResetTo(CatalogueType type)
    {
        (Name, Description, Guidance, Retired) = (null, null, null, false);
        var keys = type.TraitKeys.ToList();
        foreach (var trait in Traits)
        {
            if (trait.Key is null || !keys.Contains(trait.Key))
            {
                trait.Retire();
            }
            else
            {
                trait.ResetToCatalogue(keys.IndexOf(trait.Key));
            }
        }
        foreach (var (key, i) in keys.Select((k, i) => (k, i)).Where(k => Traits.All(t => t.Key != k.k)))
        {
            Traits.Add(Trait.FromCatalogue(WorkspaceId, Id, key, i));
        }
    }

    public static bool IsValidKey(string key) => KeyPattern().IsMatch(key);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}

/// <summary>Something one can watch a person do. Target traits carry an action that helps a client develop them.</summary>
public sealed class Trait : IWorkspaceOwned
{
    public const int TextLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid ClientTypeId { get; init; }

    /// <summary>"talker.2" for catalogue traits; null for the workspace's own.</summary>
    public string? Key { get; private set; }

    public int Position { get; private set; }

    public bool Retired { get; private set; }

    public string? Text { get; private set; }

    public string? SuggestedAction { get; private set; }

    internal static Trait FromCatalogue(Guid workspaceId, Guid typeId, string key, int position) =>
        new() { WorkspaceId = workspaceId, ClientTypeId = typeId, Key = key, Position = position };

    internal static Trait Create(Guid workspaceId, Guid typeId, int position) =>
        new() { WorkspaceId = workspaceId, ClientTypeId = typeId, Position = position };

    /// <summary>A null text or action keeps the current one.</summary>
    internal void Rewrite(string? text, string? action, int position, bool retired)
    {
        Text = text ?? Text;
        SuggestedAction = action ?? SuggestedAction;
        Position = position;
        Retired = retired;
    }

    internal void ResetToCatalogue(int position) => (Text, SuggestedAction, Position, Retired) = (null, null, position, false);

    internal void Retire() => Retired = true;

    /// <summary>Retired traits move after the current ones.</summary>
    internal void Retire(int position) => (Retired, Position) = (true, position);
}

public sealed record TraitDraft(Guid? Id, string? Text, string? SuggestedAction = null, bool? Retired = null);

public sealed record ClientTypeDraft(string? Key, string? Name, string? Description, string? Guidance, IReadOnlyList<TraitDraft>? Traits = null)
{
    public IReadOnlyList<FieldError> Validate(bool creating)
    {
        var check = new Check()
            .MaxLength("key", Key, ClientType.KeyLength)
            .MaxLength("name", Name, Limits.ShortText)
            .MaxLength("description", Description, Limits.LongText)
            .MaxLength("guidance", Guidance, Limits.LongText);
        if (creating)
        {
            check.Required("key", Key).Required("name", Name);
            if (!string.IsNullOrWhiteSpace(Key) && Key.Trim().Length <= ClientType.KeyLength && !ClientType.IsValidKey(Key.Trim()))
            {
                check.Add(new FieldError("key", ErrorCodes.InvalidKey));
            }
        }
        // Retired traits are kept for the assessments that ticked them; only the ones in use are capped.
        if (Traits is { } traits && (traits.Count(t => t.Retired != true) > ClientType.MaxTraits || traits.Count > ClientType.MaxTraitsKept))
        {
            check.Add(new FieldError("traits", ErrorCodes.TooMany, ClientType.MaxTraits));
        }
        for (var i = 0; i < (Traits?.Count ?? 0); i++)
        {
            var trait = Traits![i];
            if (trait.Id is null)
            {
                check.Required($"traits[{i}].text", trait.Text);
            }
            check.MaxLength($"traits[{i}].text", trait.Text, Trait.TextLength)
                .MaxLength($"traits[{i}].suggestedAction", trait.SuggestedAction, Trait.TextLength);
        }
        return check.Errors;
    }
}
