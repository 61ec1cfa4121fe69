using Aliado.Core;
using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

public sealed record VerdictReasonDto(string Code, string Text, IReadOnlyList<Guid> InterestIds, IReadOnlyList<Guid> OfferingIds);

public sealed record DecisionDto(DecisionState State, string? Reason, DateTime? DecidedAt, VerdictOutcome? Outcome, bool OutcomeChanged);

public sealed record VerdictDto(
    VerdictOutcome Outcome,
    double CoincidenceShare,
    double ConflictShare,
    double ProviderShare,
    IReadOnlyList<VerdictReasonDto> Reasons,
    DecisionDto Decision,
    bool ProceedingWithoutAlignment);

public sealed record AlignmentRowDto(Guid InterestId, string Description, int Importance, CoincidenceStrength? BestLink, bool HasConflict, IReadOnlyList<Guid> ServedByWilling, IReadOnlyList<Guid> ServedByAny);

public sealed record ProviderAlignmentRowDto(Guid InterestId, string Description, int Importance, CoincidenceStrength? BestLink, bool HasConflict);

public sealed record AlignmentDto(
    double CoincidenceShare,
    double ConflictShare,
    double ProviderShare,
    IReadOnlyList<AlignmentRowDto> ClientInterests,
    IReadOnlyList<ProviderAlignmentRowDto> ProviderInterests,
    IReadOnlyList<Guid> ServedByWilling,
    IReadOnlyList<Guid> NotServed,
    IReadOnlyList<Guid> UnmatchedProviderInterests,
    IReadOnlyList<CoincidenceDto> Matrix);

/// <summary>Step 5 for people: the verdict in plain words, and the user's decision about it.</summary>
public static class Verdicts
{
    public static async Task<VerdictDto?> ReadAsync(AliadoDbContext db, Guid relationshipId, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        return await CaseFile.WithRelationshipAsync(db, relationshipId, cancellationToken) is { } found
            ? Describe(found.Relationship, found.File, localizer)
            : null;
    }

    public static VerdictDto Describe(Relationship relationship, CaseFile file, IStringLocalizer localizer) =>
        Describe(relationship.Decision, file, localizer);

    public static VerdictDto Describe(Decision decision, CaseFile file, IStringLocalizer localizer)
    {
        var verdict = file.Verdict;
        var state = decision.StateFor(verdict.Outcome);
        return new VerdictDto(
            verdict.Outcome,
            verdict.CoincidenceShare,
            verdict.ConflictShare,
            verdict.ProviderShare,
            [.. verdict.Reasons.Select(r => new VerdictReasonDto(r.Code, Explain(r, verdict, file, localizer), r.InterestIds, r.OfferingIds))],
            new DecisionDto(state, decision.Reason, decision.DecidedAt, decision.OnOutcome, decision.IsStale(verdict.Outcome)),
            state == DecisionState.Overridden && verdict.Outcome != VerdictOutcome.Proceed);
    }

    /// <summary>The reason as a sentence that names what it is about: interests {0}, offerings {1}, shares {2}–{5}.</summary>
    public static string Explain(VerdictReason reason, Verdict verdict, CaseFile file, IStringLocalizer localizer)
    {
        string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"“{n}”"));
        var interests = Names(reason.InterestIds.Select(id => file.Interests.FirstOrDefault(i => i.Id == id)?.Description ?? "?"));
        var offerings = Names(reason.OfferingIds.Select(id => file.Offerings.FirstOrDefault(o => o.Id == id)?.Description ?? "?"));
        return localizer[$"verdict.reason.{reason.Code}", interests, offerings, Percent(verdict.CoincidenceShare), Percent(verdict.ConflictShare), Percent(file.Policy.MinimumCoincidenceShare), Percent(verdict.ProviderShare)];
    }

    public static string Percent(double share) => $"{Math.Round(share * 100):0} %";

    public static AlignmentDto Align(CaseFile file)
    {
        var alignment = file.Alignment;
        var descriptions = file.Interests.ToDictionary(i => i.Id, i => i.Description);
        return new AlignmentDto(
            alignment.CoincidenceShare,
            alignment.ConflictShare,
            alignment.ProviderShare,
            [.. alignment.ClientInterests.Select(c => new AlignmentRowDto(c.InterestId, descriptions[c.InterestId], c.Importance, c.BestLink, c.HasConflict, c.ServedByGiven, c.ServedByAny))],
            [.. alignment.ProviderInterests.Select(p => new ProviderAlignmentRowDto(p.InterestId, descriptions[p.InterestId], p.Importance, p.BestLink, p.HasConflict))],
            [.. alignment.ServedByGivenIds],
            [.. alignment.NotServedIds],
            alignment.UnmatchedProviderInterestIds,
            [.. file.Coincidences.Select(CoincidenceDto.From)]);
    }

    public static async Task<Outcome<VerdictDto>> DecideAsync(AliadoDbContext db, Guid relationshipId, string? overrideReason, bool overriding, TimeProvider clock, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var relationship = await db.Relationships.FirstOrDefaultAsync(r => r.Id == relationshipId, cancellationToken);
        if (relationship is null)
        {
            return Outcome.Missing<VerdictDto>();
        }
        if (overriding)
        {
            var errors = new Check().Required("reason", overrideReason).MaxLength("reason", overrideReason, Limits.LongText).Errors;
            if (errors.Count > 0)
            {
                return Outcome.Invalid<VerdictDto>(errors);
            }
        }
        var file = await CaseFile.LoadAsync(db, relationshipId, cancellationToken);
        relationship.Record(file.Verdict);
        var now = clock.GetUtcNow().UtcDateTime;
        if (overriding)
        {
            relationship.Override(overrideReason!, now);
        }
        else
        {
            relationship.Accept(now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(Describe(relationship, file, localizer));
    }
}
