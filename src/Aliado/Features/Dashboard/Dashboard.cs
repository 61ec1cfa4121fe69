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

    /// <summary>
    /// Three statements at any size: the two proposal lists; the first few of each relationship list; the
    /// portfolio's page, carrying every list's count (a fourth reads the counts when that page is empty).
    /// </summary>
    public static async Task<DashboardDto> ReadAsync(AliadoDbContext db, TimeProvider clock, DateOnly today, PortfolioQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var running = db.Relationships.AsNoTracking().Where(RunningFilters.Running);
        var overdueRule = RunningFilters.Overdue(now);
        var dueRule = RunningFilters.Due(now);
        var staleRule = RunningFilters.StalePulse(now, db.HealthPolicy);
        var overdue = running.Where(overdueRule);
        var due = running.Where(dueRule);
        var stale = running.Where(staleRule);
        var awaiting = db.Proposals.AsNoTracking().Where(p => p.Answer == Answer.Pending || p.Answer == Answer.NoAnswer)
            .Join(db.Relationships.Where(RunningFilters.Running), p => p.RelationshipId, r => r.Id, (p, r) => new { p, r });
        var horizon = today.AddDays(FollowUpHorizonDays);
        var followUps = RunningFilters.OpenFollowUps(db.Proposals.AsNoTracking(), db.Relationships).Where(f => f.Proposal.FollowUpOn <= horizon);
        var (portfolio, sorted) = Portfolio(db, now, query);

        // Awaiting an answer and declined are apart by the answer, so one statement brings both lists.
        var proposals = await awaiting.OrderBy(x => x.p.ProposedAt).ThenBy(x => x.p.Id).Take(AgendaSize)
            .Select(x => new { ProposalId = x.p.Id, RelationshipId = x.r.Id, ClientName = x.r.Client!.Name, x.p.Title, x.p.ProposedAt, x.p.Answer, x.p.AnsweredAt, x.p.FollowUpOn, x.p.Reading })
            .Concat(followUps.OrderBy(f => f.Proposal.FollowUpOn).ThenBy(f => f.Proposal.Id).Take(AgendaSize)
                .Select(f => new { ProposalId = f.Proposal.Id, RelationshipId = f.Relationship.Id, ClientName = f.Relationship.Client!.Name, f.Proposal.Title, f.Proposal.ProposedAt, f.Proposal.Answer, f.Proposal.AnsweredAt, f.Proposal.FollowUpOn, f.Proposal.Reading }))
            .ToListAsync(cancellationToken);

        // The first few of each list together; each list is then picked out by its own rule and order. A row
        // another list brought in ranks after that list's own first few, so the pick is exactly its first few.
        var firsts = (await overdue.OrderBy(r => r.OverdueAt).ThenBy(r => r.Id).Take(AgendaSize)
                .Concat(due.OrderBy(r => r.OverdueAt).ThenBy(r => r.Id).Take(AgendaSize))
                .Concat(stale.OrderBy(r => r.LatestPulseAt ?? r.CreatedAt).ThenBy(r => r.Id).Take(AgendaSize))
                .Include(r => r.Provider).Include(r => r.Client).Include(r => r.Arena)
                .ToListAsync(cancellationToken))
            .DistinctBy(r => r.Id).ToList();

        const int agendaCap = AgendaCountedUpTo + 1;
        const int portfolioCap = Counting.CountedUpTo + 1;
        Expression<Func<Relationship, Counts>> counts = _ => new Counts(
            overdue.Take(agendaCap).Count(),
            due.Take(agendaCap).Count(),
            awaiting.Take(agendaCap).Count(),
            followUps.Take(agendaCap).Count(),
            stale.Take(agendaCap).Count(),
            portfolio.Take(portfolioCap).Count());
        var r = Expression.Parameter(typeof(Relationship), "r");
        var row = Expression.Lambda<Func<Relationship, PortfolioRow>>(
            Expression.New(typeof(PortfolioRow).GetConstructors()[0], ParameterSwap.Apply(RelationshipDto.WithNextSteps(db), r), ParameterSwap.Apply(counts, r)), r);
        var read = await sorted.ThenBy(r => r.Id).Skip(page.Skip).TakeWritten(page.PageSize + 1).Select(row).ToListAsync(cancellationToken);
        // The counts do not depend on the row: the databases compute such a subquery once per statement.
        var counted = read.Count > 0 ? read[0].Counts : await db.Relationships.AsNoTracking().Select(counts).FirstOrDefaultAsync(cancellationToken) ?? Counts.None;

        AgendaList<RelationshipDto> Pick<TKey>(Expression<Func<Relationship, bool>> rule, Func<Relationship, TKey> order, int total) =>
            AgendaList.Of(
                [.. firsts.Where(rule.Compile(preferInterpretation: true)).OrderBy(order).ThenBy(r => r.Id).Take(AgendaSize).Select(r => _toDto(r).At(now, db.HealthPolicy))],
                Capped(total, AgendaCountedUpTo));
        return new DashboardDto(
            // Closest to overdue first: the most urgent, and read off the OverdueAt index.
            Pick(overdueRule, r => r.OverdueAt, counted.Overdue),
            Pick(dueRule, r => r.OverdueAt, counted.Due),
            AgendaList.Of(
                [.. proposals.Where(p => p.Answer is Answer.Pending or Answer.NoAnswer).OrderBy(p => p.ProposedAt).ThenBy(p => p.ProposalId)
                    .Select(p => new AwaitingAnswerDto(p.ProposalId, p.RelationshipId, p.ClientName, p.Title, p.ProposedAt, p.Answer))],
                Capped(counted.Awaiting, AgendaCountedUpTo)),
            AgendaList.Of(
                [.. proposals.Where(p => p.Answer == Answer.Declined).OrderBy(p => p.FollowUpOn).ThenBy(p => p.ProposalId)
                    .Select(p => new FollowUpDto(p.ProposalId, p.RelationshipId, p.ClientName, p.Title, p.AnsweredAt!.Value, p.FollowUpOn!.Value, p.Reading))],
                Capped(counted.FollowUps, AgendaCountedUpTo)),
            Pick(staleRule, r => r.LatestPulseAt ?? r.CreatedAt, counted.Stale),
            PagedList.Of([.. read.Take(page.PageSize).Select(p => p.Relationship.At(now, db.HealthPolicy))], page, Capped(counted.Portfolio, Counting.CountedUpTo), more: read.Count > page.PageSize));
    }

    private sealed record Counts(int Overdue, int Due, int Awaiting, int FollowUps, int Stale, int Portfolio)
    {
        public static readonly Counts None = new(0, 0, 0, 0, 0, 0);
    }

    private sealed record PortfolioRow(RelationshipDto Relationship, Counts Counts);

    private static readonly Func<Relationship, RelationshipDto> _toDto = RelationshipDto.From.Compile();

    private static int? Capped(int counted, int cap) => counted > cap ? null : counted;

    /// <summary>The relationships the portfolio's filters keep, and the same in the order asked for.</summary>
    private static (IQueryable<Relationship> Matching, IOrderedQueryable<Relationship> Sorted) Portfolio(AliadoDbContext db, DateTime now, PortfolioQuery query)
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
        return (relationships, sorted);
    }

    /// <summary>r => rank(r) == wanted, as one translatable expression.</summary>
    private static Expression<Func<Relationship, bool>> Compose(Expression<Func<Relationship, int>> rank, int wanted) =>
        Expression.Lambda<Func<Relationship, bool>>(Expression.Equal(rank.Body, Expression.Constant(wanted)), rank.Parameters);
}
