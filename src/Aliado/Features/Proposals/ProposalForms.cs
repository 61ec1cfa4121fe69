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

    public string? Answer { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public string? Reaction { get; set; } = "unknown";

    public string? Behind { get; set; }

    public Core.Running.AnswerDraft ToDraft(UserTime time) => new(Answer, time.ToUtc(AnsweredAt), Reaction, Behind);
}
