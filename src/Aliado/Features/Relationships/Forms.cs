using Aliado.Core.Relationships;
using Aliado.Platform;

namespace Aliado.Features.Relationships;

public sealed class RelationshipForm
{
    public Guid? ClientId { get; set; }

    public Guid? ProviderId { get; set; }

    public string? Arena { get; set; }

    public string? Kind { get; set; } = "internal";

    public int? CadenceDays { get; set; } = Relationship.DefaultCadenceDays;

    public string? Authority { get; set; } = "decide";

    public RelationshipDraft ToDraft() => new(ClientId, ProviderId, null, Arena, Kind, CadenceDays, Authority);
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

    public List<Guid> ReinforcedInterestIds { get; set; } = [];

    /// <summary>The browser sends a wall-clock time in the user's time zone.</summary>
    public Core.Running.InteractionDraft ToDraft(UserTime time) => new(time.ToUtc(OccurredAt), Channel, Summary, NextSteps, Listening, Clarity, Empathy, ReinforcedInterestIds);
}

public sealed class ProposalForm
{
    public string? Title { get; set; }

    public string? Pitch { get; set; }

    public List<Guid> InterestIds { get; set; } = [];

    public List<Guid> OfferingIds { get; set; } = [];

    public DateTime? ProposedAt { get; set; }

    public Core.Running.ProposalDraft ToDraft(UserTime time) => new(Title, Pitch, InterestIds, OfferingIds, time.ToUtc(ProposedAt));
}

public sealed class AnswerForm
{
    public Guid ProposalId { get; set; }

    public string? Answer { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public string? Reaction { get; set; } = "unknown";

    public string? Behind { get; set; }

    public Core.Running.AnswerDraft ToDraft(UserTime time) => new(Answer, time.ToUtc(AnsweredAt), Reaction, Behind);
}

public sealed class PulseForm
{
    public DateTime? TakenAt { get; set; }

    public int? OnTheirSide { get; set; }

    public int? GettingWhatTheyBuy { get; set; }

    public string? Evidence { get; set; }

    public int? Credibility { get; set; }

    public int? Reliability { get; set; }

    public int? Intimacy { get; set; }

    public int? SelfOrientation { get; set; }

    public Core.Running.PulseDraft ToDraft(UserTime time) =>
        new(time.ToUtc(TakenAt), OnTheirSide, GettingWhatTheyBuy, Evidence, Credibility, Reliability, Intimacy, SelfOrientation);
}
