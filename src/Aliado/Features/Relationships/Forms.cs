using Aliado.Core.Relationships;

namespace Aliado.Features.Relationships;

public sealed class RelationshipForm
{
    public Guid? ClientId { get; set; }

    public Guid? ProviderId { get; set; }

    public string? Arena { get; set; }

    public string? Kind { get; set; } = "internal";

    public int? CadenceDays { get; set; } = Relationship.DefaultCadenceDays;

    public RelationshipDraft ToDraft() => new(ClientId, ProviderId, null, Arena, Kind, CadenceDays);
}

public sealed class InterestForm
{
    public string? Description { get; set; }

    public string? Scope { get; set; } = "organizational";

    public string? Visibility { get; set; } = "stated";

    public int? Importance { get; set; } = 3;

    public int? Confidence { get; set; } = 3;

    public string? Evidence { get; set; }

    public InterestDraft ToDraft(InterestHolder holder) => holder == InterestHolder.Client
        ? new(Core.KebabCase.ToKebab(holder), Description, Scope, Visibility, Importance, Confidence, Evidence)
        : new(Core.KebabCase.ToKebab(holder), Description, Importance: Importance, Evidence: Evidence);

    public static InterestForm From(Interest i) => new()
    {
        Description = i.Description,
        Scope = Core.KebabCase.ToKebab(i.Scope),
        Visibility = Core.KebabCase.ToKebab(i.Visibility),
        Importance = i.Importance,
        Confidence = i.Confidence,
        Evidence = i.Evidence,
    };
}

public sealed class OfferingForm
{
    public string? Description { get; set; }

    public string? ClientBuys { get; set; } = "unknown";

    public string? PerceivedValue { get; set; } = "medium";

    public string? Willingness { get; set; } = "willing";

    public List<Guid> Serves { get; set; } = [];

    public OfferingDraft ToDraft() => new(Description, ClientBuys, PerceivedValue, Willingness, Serves);

    public static OfferingForm From(Offering o) => new()
    {
        Description = o.Description,
        ClientBuys = Core.KebabCase.ToKebab(o.ClientBuys),
        PerceivedValue = Core.KebabCase.ToKebab(o.PerceivedValue),
        Willingness = Core.KebabCase.ToKebab(o.Willingness),
        Serves = [.. o.Serves.Select(s => s.InterestId)],
    };
}

public sealed class CoincidenceForm
{
    public Guid? ProviderInterestId { get; set; }

    public Guid? ClientInterestId { get; set; }

    public string? Strength { get; set; } = "full";

    public CoincidenceDraft ToDraft() => new(ProviderInterestId, ClientInterestId, Strength);
}

public sealed class InteractionForm
{
    public DateTime? OccurredAt { get; set; }

    public string? Channel { get; set; } = "meeting";

    public string? Summary { get; set; }

    public string? NextSteps { get; set; }

    public int? Listening { get; set; }

    public int? Clarity { get; set; }

    public int? Empathy { get; set; }

    /// <summary>The browser sends a local date and time; it is taken as UTC until time zones are per user.</summary>
    public Core.Running.InteractionDraft ToDraft() => new(
        OccurredAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, Channel, Summary, NextSteps, Listening, Clarity, Empathy);
}
