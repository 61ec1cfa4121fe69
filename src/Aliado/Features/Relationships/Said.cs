using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

/// <summary>What a write on the relationship page did, in words, with what changed because of it: the verdict, the next due date, the health.</summary>
public sealed class Said(AliadoDbContext db, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer)
{
    /// <param name="relationshipId">The relationship the record belongs to.</param>
    /// <param name="value">What the write returned.</param>
    /// <param name="changed">An edit of a record already there, rather than a new one.</param>
    public async Task<string> AfterAsync(Guid relationshipId, object? value, bool changed = false)
    {
        var after = await Relationships.ByIdAsync(db, clock, relationshipId, CancellationToken.None);
        if (after is null)
        {
            return localizer["relationship.saved"].Value;
        }
        var verdict = localizer[$"outcome.{Core.KebabCase.ToKebab(after.Outcome)}"].Value;
        return (value, changed) switch
        {
            (InterestDto interest, true) => localizer["said.interest-changed", interest.Description, verdict],
            (InterestDto interest, _) when interest.Holder == InterestHolder.Client => localizer["said.client-interest", interest.Description, after.ClientName, verdict],
            (InterestDto interest, _) => localizer["said.my-interest", interest.Description, verdict],
            (OfferingDto offering, true) => localizer["said.offering-changed", offering.Description, verdict],
            (OfferingDto offering, _) => localizer["said.offering", offering.Description, verdict],
            (CoincidenceDto, true) => localizer["said.coincidence-changed", verdict],
            (CoincidenceDto, _) => localizer["said.coincidence", verdict],
            (VerdictDto, _) => localizer["said.decision", verdict],
            (Interactions.InteractionDto interaction, _) => localizer["said.conversation", time.Date(interaction.OccurredAt), after.ClientName, time.Date(after.DueAt)],
            (Proposals.ProposalDto proposal, true) => localizer["said.proposal-changed", proposal.Title],
            (Proposals.ProposalDto { Answer: not Core.Running.Answer.Pending } proposal, _) => localizer["said.answer", proposal.Title],
            (Proposals.ProposalDto proposal, _) => localizer["said.proposal", proposal.Title],
            (Pulses.PulseDto pulse, true) => localizer["said.pulse-changed", time.Date(pulse.TakenAt), localizer[$"health.{after.HealthLabel}"].Value],
            (Pulses.PulseDto pulse, _) => localizer["said.pulse", time.Date(pulse.TakenAt), localizer[$"health.{after.HealthLabel}"].Value],
            _ => localizer["relationship.saved"].Value,
        };
    }
}
