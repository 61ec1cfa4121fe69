using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Features.Ties;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.People;

/// <summary>A person's page: what we know of them, who surrounds them and whose circles they are in.</summary>
[EditorsOnlyPage(WritesOnly = true)]
public sealed class DetailsModel(AliadoDbContext db, TimeProvider clock, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int CircleShown = 100;
    private const int MaxPeopleInPicker = 500;

    public PersonDto? Person { get; private set; }

    public PagedList<TieDto> Circle { get; private set; } = new([], 1, 1, 0);

    public PagedList<TieDto> Surrounds { get; private set; } = new([], 1, 1, 0);

    public IReadOnlyList<(Guid Id, string Name)> Others { get; private set; } = [];

    public PagedList<Relationships.RelationshipDto> Relationships { get; private set; } = new([], 1, 1, 0);

    [BindProperty]
    public TieForm Tie { get; set; } = new();

    public bool CanEdit => workspace.CanEdit;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddTieAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            switch (await Ties.Circle.AddAsync(db, workspace, id, Tie.ToDraft(), cancellationToken))
            {
                case Outcome<TieDto>.Done done:
                    TempData["Flash"] = localizer["circle.added", done.Value.OtherPersonName].Value;
                    return Redirect($"/people/{id}");
                case Outcome<TieDto>.Invalid invalid:
                    ModelState.AddFieldErrors(invalid.Errors, localizer, nameof(Tie));
                    break;
                case Outcome<TieDto>.Refused refused:
                    ModelState.AddModelError(string.Empty, localizer[refused.MessageKey]);
                    break;
                default:
                    return NotFound();
            }
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Person = await FindPeople.ByIdAsync(db, id, cancellationToken);
        if (Person is null)
        {
            return false;
        }
        Circle = await Ties.Circle.ListAsync(db, id, TieDirection.Circle, new PageRequest(1, CircleShown), cancellationToken);
        Surrounds = await Ties.Circle.ListAsync(db, id, TieDirection.Surrounds, new PageRequest(1, CircleShown), cancellationToken);
        Relationships = await Features.Relationships.Relationships.FindAsync(db, clock, id, null, new PageRequest(1, CircleShown), cancellationToken);
        if (CanEdit)
        {
            Others = [.. (await FindPeople.NamesAsync(db, MaxPeopleInPicker, cancellationToken)).Where(o => o.Id != id)];
        }
        return true;
    }
}
