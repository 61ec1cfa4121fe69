using Aliado.Platform;

namespace Aliado.Features.Proposals;

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

    public Core.Running.Answer? Answer { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public Core.Running.Reaction? Reaction { get; set; } = Core.Running.Reaction.Unknown;

    public string? Behind { get; set; }

    public Core.Running.AnswerDraft ToDraft(UserTime time) => new(Answer, time.ToUtc(AnsweredAt), Reaction, Behind);
}

/// <summary>What a proposal can serve and lean on: the client's interests and the offerings I am willing to give; the pitch's hint where there is one.</summary>
public sealed record ProposalChoices(IReadOnlyList<Core.Relationships.Interest> ClientInterests, IReadOnlyList<Core.Relationships.Offering> Offerings, string? PitchHint);

/// <summary>The answers not offered here; the proposal answered, when one page holds an answer form per proposal.</summary>
public sealed record AnswerChoices(IEnumerable<Enum> Except, Guid? ForProposal);
