using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.People;

/// <summary>Asks before deleting, and says how many ties go with the person.</summary>
[EditorsOnlyPage]
public sealed class DeleteModel(AliadoDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public int TieCount { get; private set; }

    /// <summary>Relationships the person is a party to: while there are any, the person cannot be deleted.</summary>
    public IReadOnlyList<(Guid Id, string Provider, string Client)> Relationships { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Name, p.IsMe }).FirstOrDefaultAsync(cancellationToken);
        if (person is null || person.IsMe)
        {
            return NotFound();
        }
        Id = id;
        Name = person.Name;
        TieCount = await db.Ties.CountAsync(t => t.PersonId == id || t.OtherPersonId == id, cancellationToken);
        Relationships = await DeletePerson.RelationshipsOfAsync(db, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var name = await db.People.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        switch (await DeletePerson.RunAsync(db, id, cancellationToken))
        {
            case Outcome<Guid>.Done:
                TempData["Flash"] = localizer["people.deleted", name ?? string.Empty].Value;
                return Redirect("/people");
            case Outcome<Guid>.Refused refused:
                TempData["Flash"] = localizer[refused.MessageKey, refused.Arguments].Value;
                return Redirect($"/people/{id}/delete");
            default:
                return NotFound();
        }
    }
}
