using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.People;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Ties;

[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext db, WorkspaceScope scope, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public TieForm Tie { get; set; } = new();

    public Guid PersonId { get; private set; }

    public string PersonName { get; private set; } = string.Empty;

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    /// <summary>The version the form was loaded at, so a save never silently overwrites someone else's.</summary>
    [BindProperty]
    public long? Version { get; set; }

    /// <summary>What others saved while this form was open, when a save arrived stale.</summary>
    public IReadOnlyList<History.ChangeDto>? Meanwhile { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var tie = await Circle.ByIdAsync(db, id, cancellationToken);
        if (tie is null)
        {
            return NotFound();
        }
        Tie = TieForm.From(tie);
        Version = await RecordVersions.FindAsync(db, typeof(Core.People.Tie), id, cancellationToken);
        await LoadAsync(tie, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var tie = await Circle.ByIdAsync(db, id, cancellationToken);
        if (tie is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var (outcome, meanwhile, current) = await StaleForm.SaveAsync(db, scope, id, Version, () => Circle.UpdateAsync(db, id, Tie.ToDraft(), cancellationToken), cancellationToken);
            if (meanwhile is not null)
            {
                (Meanwhile, Version) = (meanwhile, current);
                ModelState.Remove(nameof(Version));
            }
            switch (outcome)
            {
                case null:
                    break;
                case Outcome<TieDto>.Done:
                    TempData["Flash"] = localizer["tie.saved"].Value;
                    return Redirect($"/people/{tie.PersonId}");
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
        await LoadAsync(tie, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(TieDto tie, CancellationToken cancellationToken)
    {
        PersonId = tie.PersonId;
        PersonName = tie.PersonName;
        People = [.. (await FindPeople.NamesAsync(db, 500, cancellationToken)).Where(p => p.Id != tie.PersonId)];
    }
}
