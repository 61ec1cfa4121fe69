using Aliado.Data;
using Aliado.Features.People;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Ties;

[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext database, WorkspaceScope scope, IStringLocalizer<SharedResource> localizer)
    : RecordEditPage(database, scope)
{
    [BindProperty]
    public TieForm Tie { get; set; } = new();

    public Guid PersonId { get; private set; }

    public string PersonName { get; private set; } = string.Empty;

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var tie = await Circle.ByIdAsync(Db, id, cancellationToken);
        if (tie is null)
        {
            return NotFound();
        }
        Tie = TieForm.From(tie);
        await LoadVersionAsync<Core.People.Tie>(id, cancellationToken);
        await LoadAsync(tie, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var tie = await Circle.ByIdAsync(Db, id, cancellationToken);
        if (tie is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await SaveAsync(id, () => Circle.UpdateAsync(Db, id, Tie.ToDraft(), cancellationToken), cancellationToken);
            if (await this.ShowAsync(outcome, localizer, nameof(Tie), _ => this.Flash(localizer["tie.saved"].Value, $"/people/{tie.PersonId}")) is { } shown)
            {
                return shown;
            }
        }
        await LoadAsync(tie, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(TieDto tie, CancellationToken cancellationToken)
    {
        PersonId = tie.PersonId;
        PersonName = tie.PersonName;
        People = [.. (await FindPeople.NamesAsync(Db, 500, cancellationToken)).Where(p => p.Id != tie.PersonId)];
    }
}
