using Aliado.Platform;

namespace Aliado.Features.Interactions;

public sealed class InteractionForm
{
    public DateTime? OccurredAt { get; set; }

    public Core.Running.Channel? Channel { get; set; } = Core.Running.Channel.Meeting;

    public string? Summary { get; set; }

    public string? NextSteps { get; set; }

    public int? Listening { get; set; }

    public int? Clarity { get; set; }

    public int? Empathy { get; set; }

    public List<Guid> ReinforcedInterestIds { get; set; } = [];

    /// <summary>The browser sends a wall-clock time in the user's time zone.</summary>
    public Core.Running.InteractionDraft ToDraft(UserTime time) => new(time.ToUtc(OccurredAt), Channel, Summary, NextSteps, Listening, Clarity, Empathy, ReinforcedInterestIds);
}

/// <summary>What the conversation fields offer: the client's interests a conversation can reinforce.</summary>
public sealed record InteractionChoices(IReadOnlyList<Core.Relationships.Interest> ClientInterests, string ClientName);
