using System.Linq.Expressions;
using Aliado.Core;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Data.Relationships;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Dashboard;

/// <summary>
/// A short list from the agenda, with how many there are in all: exactly, or, past 100, how many there
/// are at least (totalExact false).
/// </summary>
public sealed record AgendaList<T>(IReadOnlyList<T> Items, int Total, bool TotalExact = true);

public static class AgendaList
{
    public static AgendaList<T> Of<T>(IReadOnlyList<T> items, int? counted) =>
        counted is { } exact ? new(items, exact) : new(items, Dashboard.AgendaCountedUpTo + 1, TotalExact: false);
}

public sealed record AwaitingAnswerDto(Guid ProposalId, Guid RelationshipId, string ClientName, string Title, DateTime ProposedAt, Answer Answer);

public sealed record FollowUpDto(Guid ProposalId, Guid RelationshipId, string ClientName, string Title, DateTime AnsweredAt, DateOnly FollowUpOn, Reading? Reading);

public sealed record DashboardDto(
    AgendaList<RelationshipDto> Overdue,
    AgendaList<RelationshipDto> Due,
    AgendaList<AwaitingAnswerDto> AwaitingAnswer,
    AgendaList<FollowUpDto> FollowUps,
    AgendaList<RelationshipDto> StalePulses,
    PagedList<RelationshipDto> Portfolio);

/// <summary>The portfolio's orders; the first is the default, and it is read straight off an index.</summary>
public enum PortfolioSort
{
    NextTouch,
    Client,
    Health,
    LastTouch,
    Outcome,
}

/// <summary>How the portfolio is narrowed and ordered; every field optional.</summary>
public sealed record PortfolioQuery(string? Q = null, string? Outcome = null, string? Health = null, string? Cadence = null, string? Sort = null)
{
    public IReadOnlyList<FieldError> Validate() => new Check()
        .MaxLength("q", Q, Limits.ShortText)
        .OneOf<VerdictOutcome>("outcome", Outcome)
        .OneOf<HealthStatus>("health", Health)
        .OneOf<CadenceStatus>("cadence", Cadence)
        .OneOf<PortfolioSort>("sort", Sort)
        .Errors;
}

/// <summary>
/// The home page after sign-in: today's agenda (overdue and due relationships, proposals awaiting an
/// answer, follow-ups after declines, stale pulses) and the portfolio. Every list is a fixed number of
/// SQL queries over indexed columns of the stored running summary, however many relationships there are.
/// </summary>
public static class Dashboard
{
    public const int AgendaSize = 10;

    /// <summary>An agenda list counts up to this many: "100+" says all a larger number would, and costs the same at any size.</summary>
    public const int AgendaCountedUpTo = 100;

    /// <summary>A follow-up shows from a week before its date until the relationship is touched again.</summary>
    public const int FollowUpHorizonDays = 7;

    public static async Task<DashboardDto> ReadAsync(AliadoDbContext db, TimeProvider clock, DateOnly today, PortfolioQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var running = db.Relationships.AsNoTracking().Where(RunningFilters.Running);
        var overdue = await AgendaAsync(running.Where(RunningFilters.Overdue(now)), r => r.OverdueAt, now, db.HealthPolicy, cancellationToken);
        // Closest to overdue first: the most urgent, and read off the OverdueAt index from now on.
        var due = await AgendaAsync(running.Where(RunningFilters.Due(now)), r => r.OverdueAt, now, db.HealthPolicy, cancellationToken);
        var stale = await AgendaAsync(running.Where(RunningFilters.StalePulse(now, db.HealthPolicy)), r => r.LatestPulseAt ?? r.CreatedAt, now, db.HealthPolicy, cancellationToken);

        var awaiting = db.Proposals.AsNoTracking().Where(p => p.Answer == Answer.Pending || p.Answer == Answer.NoAnswer)
            .Join(db.Relationships.Where(RunningFilters.Running), p => p.RelationshipId, r => r.Id, (p, r) => new { p, r });
        var horizon = today.AddDays(FollowUpHorizonDays);
        var followUps = RunningFilters.OpenFollowUps(db.Proposals.AsNoTracking(), db.Relationships).Where(f => f.Proposal.FollowUpOn <= horizon);

        return new DashboardDto(
            overdue,
            due,
            AgendaList.Of(
                await awaiting.OrderBy(x => x.p.ProposedAt).ThenBy(x => x.p.Id).Take(AgendaSize)
                    .Select(x => new AwaitingAnswerDto(x.p.Id, x.r.Id, x.r.Client!.Name, x.p.Title, x.p.ProposedAt, x.p.Answer)).ToListAsync(cancellationToken),
                await awaiting.CountUpToCapAsync(AgendaCountedUpTo, cancellationToken)),
            AgendaList.Of(
                await followUps.OrderBy(f => f.Proposal.FollowUpOn).ThenBy(f => f.Proposal.Id).Take(AgendaSize)
                    .Select(f => new FollowUpDto(f.Proposal.Id, f.Relationship.Id, f.Relationship.Client!.Name, f.Proposal.Title, f.Proposal.AnsweredAt!.Value, f.Proposal.FollowUpOn!.Value, f.Proposal.Reading)).ToListAsync(cancellationToken),
                await followUps.CountUpToCapAsync(AgendaCountedUpTo, cancellationToken)),
            stale,
            await PortfolioAsync(db, now, query, page, cancellationToken));
    }

    public static async Task<PagedList<RelationshipDto>> PortfolioAsync(AliadoDbContext db, DateTime now, PortfolioQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var relationships = db.Relationships.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = TextSearch.Normalize(query.Q);
            relationships = relationships.Where(r => r.Client!.SearchName.Contains(term) || r.Provider!.SearchName.Contains(term));
        }
        if (query.Outcome is not null)
        {
            var outcome = EnumText.ParseOr(query.Outcome, VerdictOutcome.Proceed);
            relationships = relationships.Where(r => r.Outcome == outcome);
        }
        var healthRank = RunningFilters.HealthRank(now, db.HealthPolicy);
        if (query.Health is not null)
        {
            var rank = RunningFilters.RankOf(EnumText.ParseOr(query.Health, HealthStatus.Good));
            relationships = relationships.Where(Compose(healthRank, rank));
        }
        if (query.Cadence is not null)
        {
            relationships = relationships.Where(EnumText.ParseOr(query.Cadence, CadenceStatus.Ok) switch
            {
                CadenceStatus.Due => RunningFilters.Due(now),
                CadenceStatus.Overdue => RunningFilters.Overdue(now),
                _ => RunningFilters.OnCadence(now),
            });
        }
        var sorted = EnumText.ParseOr(query.Sort ?? string.Empty, PortfolioSort.NextTouch) switch
        {
            PortfolioSort.Client => relationships.OrderBy(r => EF.Property<string?>(r, ClientSortName.Column)),
            PortfolioSort.Health => relationships.OrderByDescending(healthRank).ThenBy(r => r.DueAt),
            PortfolioSort.LastTouch => relationships.OrderBy(r => r.LastTouchAt),
            PortfolioSort.Outcome => relationships.OrderBy(r => r.Outcome),
            _ => relationships.OrderBy(r => r.DueAt),
        };
        return await Relationships.Relationships.PageAsync(db, now, relationships, sorted, page, cancellationToken);
    }

    /// <summary>The first few by <paramref name="order"/>, and how many match; the count never sorts.</summary>
    private static async Task<AgendaList<RelationshipDto>> AgendaAsync<TKey>(IQueryable<Relationship> matching, Expression<Func<Relationship, TKey>> order, DateTime now, HealthPolicy policy, CancellationToken cancellationToken)
    {
        var items = await matching.OrderBy(order).ThenBy(r => r.Id).Take(AgendaSize).Select(RelationshipDto.From).ToListAsync(cancellationToken);
        return AgendaList.Of([.. items.Select(r => r.At(now, policy))], await matching.CountUpToCapAsync(AgendaCountedUpTo, cancellationToken));
    }

    /// <summary>r => rank(r) == wanted, as one translatable expression.</summary>
    private static Expression<Func<Relationship, bool>> Compose(Expression<Func<Relationship, int>> rank, int wanted) =>
        Expression.Lambda<Func<Relationship, bool>>(Expression.Equal(rank.Body, Expression.Constant(wanted)), rank.Parameters);
}
