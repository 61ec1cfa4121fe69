using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

/// <summary>What a write on the relationship page did, in words, with what changed because of it: the verdict, the next due date, the health.</summary>
public sealed class Said(AliadoDbContext db, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer)
{
    public async Task<string> AfterAsync(Guid relationshipId, object? value)
    {
        var after = await Relationships.ByIdAsync(db, clock, relationshipId, CancellationToken.None);
        if (after is null)
        {
            return localizer["relationship.saved"].Value;
        }
        var verdict = localizer[$"outcome.{Core.KebabCase.ToKebab(after.Outcome)}"].Value;
        return value switch
        {
            InterestDto interest when interest.Holder == InterestHolder.Client => localizer["said.client-interest", interest.Description, after.ClientName, verdict],
            InterestDto interest => localizer["said.my-interest", interest.Description, verdict],
            OfferingDto offering => localizer["said.offering", offering.Description, verdict],
            CoincidenceDto => localizer["said.coincidence", verdict],
            VerdictDto => localizer["said.decision", verdict],
            Interactions.InteractionDto interaction => localizer["said.conversation", time.Date(interaction.OccurredAt), after.ClientName, time.Date(after.DueAt)],
            Proposals.ProposalDto { Answer: not Core.Running.Answer.Pending } proposal => localizer["said.answer", proposal.Title],
            Proposals.ProposalDto proposal => localizer["said.proposal", proposal.Title],
            Pulses.PulseDto pulse => localizer["said.pulse", time.Date(pulse.TakenAt), localizer[$"health.{after.HealthLabel}"].Value],
            _ => localizer["relationship.saved"].Value,
        };
    }
}
