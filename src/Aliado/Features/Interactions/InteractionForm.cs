using Aliado.Platform;

namespace Aliado.Features.Interactions;

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

/// <summary>The conversation fields, shared by the log form on the relationship page and the edit page.</summary>
public sealed record InteractionFields(InteractionForm Form, IReadOnlyList<Core.Relationships.Interest> ClientInterests, string ClientName);
