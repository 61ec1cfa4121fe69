using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.People;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext db, WorkspaceScope scope, TimeProvider clock, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public RelationshipForm Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    /// <summary>The version the form was loaded at, so a save never silently overwrites someone else's.</summary>
    [BindProperty]
    public long? Version { get; set; }

    /// <summary>What others saved while this form was open, when a save arrived stale.</summary>
    public IReadOnlyList<History.ChangeDto>? Meanwhile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var existing = await Relationships.ByIdAsync(db, clock, id, cancellationToken);
            if (existing is null)
            {
                return NotFound();
            }
            Input = new RelationshipForm { ClientId = existing.ClientId, ProviderId = existing.ProviderId, Arena = existing.Arena, Kind = Core.KebabCase.ToKebab(existing.Kind), CadenceDays = existing.CadenceDays, Authority = Core.KebabCase.ToKebab(existing.Authority) };
            Version = await RecordVersions.FindAsync(db, typeof(Core.Relationships.Relationship), id, cancellationToken);
        }
        else
        {
            Input.ProviderId ??= await db.People.Where(p => p.IsMe).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (outcome, meanwhile, current) = await StaleForm.SaveAsync(db, scope, Id, Version, () => Id is { } id
                ? Relationships.UpdateAsync(db, clock, workspace, id, Input.ToDraft(), cancellationToken)
                : Relationships.CreateAsync(db, clock, workspace, Input.ToDraft(), cancellationToken), cancellationToken);
            if (meanwhile is not null)
            {
                (Meanwhile, Version) = (meanwhile, current);
                ModelState.Remove(nameof(Version));
            }
            switch (outcome)
            {
                case null:
                    break;
                case Outcome<RelationshipDto>.Done done:
                    TempData["Flash"] = localizer["relationship.saved"].Value;
                    return Redirect($"/relationships/{done.Value.Id}");
                case Outcome<RelationshipDto>.Invalid invalid:
                    ModelState.AddFieldErrors(invalid.Errors, localizer);
                    break;
                default:
                    return NotFound();
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        People = await FindPeople.NamesAsync(db, 500, cancellationToken);
        Organizations = await Features.Organizations.Organizations.NamesAsync(db, 500, cancellationToken);
    }
}
