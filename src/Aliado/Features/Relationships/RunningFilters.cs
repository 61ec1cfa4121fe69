using System.Linq.Expressions;
using Aliado.Core.Relationships;
using Aliado.Core.Running;

namespace Aliado.Features.Relationships;

/// <summary>
/// Step 6–8 conditions as SQL-translatable predicates over a relationship's stored running summary, for
/// filtering and sorting whole portfolios in the database. They state the same rules as
/// <see cref="Constancy"/> and <see cref="Core.Running.Health"/> in the core; a test holds the two together.
/// </summary>
public static class RunningFilters
{
    public static Expression<Func<Relationship, bool>> Due(DateTime now) => r => r.DueAt < now && r.OverdueAt >= now;

    public static Expression<Func<Relationship, bool>> Overdue(DateTime now) => r => r.OverdueAt < now;

    public static Expression<Func<Relationship, bool>> OnCadence(DateTime now) => r => r.DueAt >= now;

    /// <summary>No pulse within the staleness window: never taken on a relationship older than that, or too old.</summary>
    public static Expression<Func<Relationship, bool>> StalePulse(DateTime now, HealthPolicy policy)
    {
        var cutoff = now.AddDays(-policy.StalePulseDays);
        // Written as the expression an index is built on (IX_Relationships_PulseSince), which also orders the list.
        return r => (r.LatestPulseAt ?? r.CreatedAt) < cutoff;
    }

    /// <summary>Relationships the user decided to leave (an accepted "no deal" or "don't provide") leave every agenda list.</summary>
    public static readonly Expression<Func<Relationship, bool>> Running = r =>
        !((r.Outcome == VerdictOutcome.DontProvide || r.Outcome == VerdictOutcome.NoDeal) && r.DecisionOutcome == r.Outcome && r.DecisionMade == DecisionState.Accepted);

    /// <summary>
    /// Follow-ups after a decline that are still open: the relationship has not been touched (no
    /// conversation or proposal) since the answer. Shared by the dashboard and the calendar feed.
    /// </summary>
    public static IQueryable<FollowUp> OpenFollowUps(IQueryable<Proposal> proposals, IQueryable<Relationship> relationships) =>
        proposals.Where(p => p.Answer == Answer.Declined && p.FollowUpOn != null)
            .Join(relationships.Where(Running), p => p.RelationshipId, r => r.Id, (p, r) => new FollowUp { Proposal = p, Relationship = r })
            .Where(f => f.Relationship.LastTouchAt <= f.Proposal.AnsweredAt);

    /// <summary>-1 not served, 0 good, 1 watch, 2 at risk: the worst reason wins, as in <see cref="Core.Running.Health.Of"/>.</summary>
    public static Expression<Func<Relationship, int>> HealthRank(DateTime now, HealthPolicy policy)
    {
        var stale = now.AddDays(-policy.StalePulseDays);
        return r =>
            (r.Outcome == VerdictOutcome.DontProvide || r.Outcome == VerdictOutcome.NoDeal) && r.DecisionOutcome == r.Outcome && r.DecisionMade == DecisionState.Accepted
            ? -1
            : (r.DecisionOutcome == r.Outcome && r.DecisionMade == DecisionState.Overridden && r.Outcome != VerdictOutcome.Proceed)
            || r.LatestOnTheirSide <= 2 || r.LatestGettingWhatTheyBuy <= 2
            || r.OverdueAt < now
            || r.DeclineStreak >= policy.AtRiskStreak
                ? 2
                : r.LatestPulseAt == null || r.LatestOnTheirSide == 3 || r.LatestGettingWhatTheyBuy == 3
                    || r.LatestPulseAt < stale
                    || r.DueAt < now
                    || r.DeclineStreak >= policy.WatchStreak
                    || r.VoiceGap >= policy.VoiceGap
                    ? 1
                    : 0;
    }

    public static int RankOf(HealthStatus status) => status switch
    {
        HealthStatus.AtRisk => 2,
        HealthStatus.Watch => 1,
        HealthStatus.NotServed => -1,
        _ => 0,
    };
}

/// <summary>A declined proposal with its relationship, as <see cref="RunningFilters.OpenFollowUps"/> finds them.</summary>
public sealed class FollowUp
{
    public required Proposal Proposal { get; init; }

    public required Relationship Relationship { get; init; }
}
