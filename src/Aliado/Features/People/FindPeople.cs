using Aliado.Core;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.People;

/// <summary>Lists people, optionally matching a name or an organization name (accents and case ignored).</summary>
public static class FindPeople
{
    public static async Task<PagedList<PersonDto>> RunAsync(AliadoDbContext db, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.People.AsNoTracking();
        var term = TextSearch.Normalize(search);
        if (term.Length > 0)
        {
            query = query.Where(p => p.SearchName.Contains(term) || (p.Organization != null && p.Organization.SearchName.Contains(term)));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(p => p.IsMe).ThenBy(p => p.SearchName).ThenBy(p => p.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(PersonDto.FromPerson)
            .ToListAsync(cancellationToken);
        return new PagedList<PersonDto>(items, page.Page, page.PageSize, total);
    }

    public static Task<PersonDto?> ByIdAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.Id == id).Select(PersonDto.FromPerson).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Names for pickers (tie forms), alphabetical, capped so a huge workspace cannot bloat a page.</summary>
    public static Task<List<(Guid Id, string Name)>> NamesAsync(AliadoDbContext db, int max, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().OrderBy(p => p.SearchName).Take(max)
            .Select(p => new ValueTuple<Guid, string>(p.Id, p.Name)).ToListAsync(cancellationToken);
}
