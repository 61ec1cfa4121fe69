using Aliado.Core;
using Aliado.Core.People;
using Aliado.Data;
using Aliado.Data.Search;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.People;

/// <summary>
/// Lists people, me first and then by name, optionally only those whose name, position, organization,
/// e-mail or notes have words starting with every word searched (accents and case ignored). The search
/// asks the workspace's full-text index, and the order is read straight off an index, so a page costs
/// the same in a workspace of 1,000 people as in one of 100,000.
/// </summary>
public static class FindPeople
{
    public static async Task<PagedList<PersonDto>> RunAsync(AliadoDbContext db, string? search, PageRequest page, CancellationToken cancellationToken) =>
        await RunAsync(db, search, page, anchor: null, lastPageIfPast: false, cancellationToken);

    /// <summary>
    /// A page reached from its neighbour's link starts at that neighbour's last row (<see cref="PageAnchor.After"/>)
    /// or ends at its first (<see cref="PageAnchor.Before"/>), read off the list index from there: page 500 costs
    /// what page 2 does. Without an anchor, or when the anchor row is gone, the page number counts rows from the top.
    /// A page number past the end shows the last page when <paramref name="lastPageIfPast"/> (a screen's old link);
    /// the API answers an empty page instead, so a client reading page after page knows where to stop.
    /// </summary>
    public static async Task<PagedList<PersonDto>> RunAsync(AliadoDbContext db, string? search, PageRequest page, PageAnchor? anchor, bool lastPageIfPast, CancellationToken cancellationToken)
    {
        var query = db.People.AsNoTracking();
        var terms = SearchQuery.Parse(search);
        int? counted;
        if (terms.IsEmpty)
        {
            counted = await query.CountUpToCapAsync(cancellationToken);
        }
        else
        {
            // Counted in the full-text index itself. A narrow search's few matches are gathered and put in
            // order; a broad one (more than the cap) is read in the list's order instead, keeping matches.
            counted = await SearchIndex.CountUpToAsync(db, terms, "person", Counting.CountedUpTo, cancellationToken);
            if (counted is null && db.Database.IsSqlite())
            {
                query = SearchIndex.PeopleAmongMatches(db, terms).AsNoTracking();
            }
            else
            {
                var matching = SearchIndex.Matching(db, terms, "person");
                query = query.Where(p => matching.Contains(p.Id));
            }
        }
        if (lastPageIfPast && counted is > 0 and var total && page.Skip >= total)
        {
            page = page with { Page = (total + page.PageSize - 1) / page.PageSize };
            anchor = null;
        }
        var (ids, more) = anchor switch
        {
            { After: { } after } => await AfterAsync(db, query, after, page.PageSize, cancellationToken),
            { Before: { } before } => await BeforeAsync(db, query, before, page.PageSize, cancellationToken),
            _ => (null, false),
        };
        if (ids is null)
        {
            page = anchor is { Before: not null } ? page with { Page = 1 } : page;
            (ids, more) = await FromTopAsync(query, page, cancellationToken);
        }
        var rows = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(PersonDto.FromPerson).ToListAsync(cancellationToken);
        var position = ids.Select((id, n) => (id, n)).ToDictionary(x => x.id, x => x.n);
        return PagedList.Of([.. rows.OrderBy(r => position[r.Id])], page, counted, more);
    }

    /// <summary>The page's ids (and one more, to know whether a next page exists), off the list index alone.</summary>
    private static async Task<(List<Guid> Ids, bool More)> FromTopAsync(IQueryable<Person> query, PageRequest page, CancellationToken cancellationToken)
    {
        var read = await query
            .OrderByDescending(p => p.IsMe).ThenBy(p => p.SearchName).ThenBy(p => p.Id)
            .Skip(page.Skip).TakeWritten(page.PageSize + 1)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        return ([.. read.Take(page.PageSize)], read.Count > page.PageSize);
    }

    /// <summary>
    /// The rows after the anchor in the list's order. "Me" comes first, so only others can follow a row; the
    /// anchor's name is read inside the same statement and bounds the index range. Null when nothing follows
    /// (the anchor is gone, or so is everyone after it): the page number decides then.
    /// </summary>
    private static async Task<(List<Guid>? Ids, bool More)> AfterAsync(AliadoDbContext db, IQueryable<Person> query, Guid after, int size, CancellationToken cancellationToken)
    {
        var anchorName = AnchorName(db, after);
        var read = await query
            .Where(p => !p.IsMe)
            .Where(p => p.SearchName.CompareTo(anchorName.FirstOrDefault()) >= 0)
            .Where(p => p.SearchName.CompareTo(anchorName.FirstOrDefault()) > 0 || p.Id > after)
            .OrderBy(p => p.SearchName).ThenBy(p => p.Id)
            .TakeWritten(size + 1)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        return read.Count == 0 ? (null, false) : ([.. read.Take(size)], read.Count > size);
    }

    /// <summary>
    /// The rows just before the anchor, read backwards. Fewer than a page means the list's first page
    /// (where "me" stands) is the one before: null, and the top is read.
    /// </summary>
    private static async Task<(List<Guid>? Ids, bool More)> BeforeAsync(AliadoDbContext db, IQueryable<Person> query, Guid before, int size, CancellationToken cancellationToken)
    {
        var anchorName = AnchorName(db, before);
        var read = await query
            .Where(p => !p.IsMe)
            .Where(p => p.SearchName.CompareTo(anchorName.FirstOrDefault()) <= 0)
            .Where(p => p.SearchName.CompareTo(anchorName.FirstOrDefault()) < 0 || p.Id < before)
            .OrderByDescending(p => p.SearchName).ThenByDescending(p => p.Id)
            .TakeWritten(size + 1)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        return read.Count <= size ? (null, false) : ([.. read.Take(size).Reverse()], true);
    }

    /// <summary>The anchor's place in the order as one value: "me" stands before every name.</summary>
    private static IQueryable<string> AnchorName(AliadoDbContext db, Guid id) =>
        db.People.Where(a => a.Id == id).Select(a => a.IsMe ? string.Empty : a.SearchName);

    public static Task<PersonDto?> ByIdAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.Id == id).Select(PersonDto.FromPerson).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Names for pickers (tie forms), alphabetical, capped so a huge workspace cannot bloat a page.</summary>
    public static Task<List<(Guid Id, string Name)>> NamesAsync(AliadoDbContext db, int max, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().OrderBy(p => p.SearchName).Take(max)
            .Select(p => new ValueTuple<Guid, string>(p.Id, p.Name)).ToListAsync(cancellationToken);
}
