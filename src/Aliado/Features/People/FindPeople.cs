using Aliado.Core;
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
    public static async Task<PagedList<PersonDto>> RunAsync(AliadoDbContext db, string? search, PageRequest page, CancellationToken cancellationToken)
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
        // The page's ids first (and one more, to know whether a next page exists), off the list index
        // alone; then only the page's rows are read and joined.
        var read = await query
            .OrderByDescending(p => p.IsMe).ThenBy(p => p.SearchName).ThenBy(p => p.Id)
            .Skip(page.Skip).Take(page.PageSize + 1)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var ids = read.Take(page.PageSize).ToList();
        var rows = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(PersonDto.FromPerson).ToListAsync(cancellationToken);
        var position = ids.Select((id, n) => (id, n)).ToDictionary(x => x.id, x => x.n);
        return PagedList.Of([.. rows.OrderBy(r => position[r.Id])], page, counted, more: read.Count > page.PageSize);
    }

    public static Task<PersonDto?> ByIdAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.Id == id).Select(PersonDto.FromPerson).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Names for pickers (tie forms), alphabetical, capped so a huge workspace cannot bloat a page.</summary>
    public static Task<List<(Guid Id, string Name)>> NamesAsync(AliadoDbContext db, int max, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().OrderBy(p => p.SearchName).Take(max)
            .Select(p => new ValueTuple<Guid, string>(p.Id, p.Name)).ToListAsync(cancellationToken);
}
