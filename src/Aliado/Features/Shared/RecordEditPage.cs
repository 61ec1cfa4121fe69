using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.History;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.Shared;

/// <summary>
/// A page that edits one record: it carries the version the form was loaded at, and a save that arrives
/// stale comes back with the user's input kept and the changes made meanwhile listed (see <see cref="StaleForm"/>).
/// </summary>
public abstract class RecordEditPage(AliadoDbContext db, WorkspaceScope scope) : PageModel
{
    protected AliadoDbContext Db { get; } = db;

    [BindProperty]
    public long? Version { get; set; }

    public IReadOnlyList<ChangeDto>? Meanwhile { get; private set; }

    protected async Task LoadVersionAsync<TRecord>(Guid id, CancellationToken cancellationToken) =>
        Version = await RecordVersions.FindAsync(Db, typeof(TRecord), id, cancellationToken);

    /// <summary>Runs the save against the form's version; null when it arrived stale (then <see cref="Meanwhile"/> says why).</summary>
    protected async Task<T?> SaveAsync<T>(Guid? id, Func<Task<T>> save, CancellationToken cancellationToken) where T : class
    {
        var (saved, meanwhile, current) = await StaleForm.SaveAsync(Db, scope, id, Version, save, cancellationToken);
        if (meanwhile is not null)
        {
            (Meanwhile, Version) = (meanwhile, current);
            ModelState.Remove(nameof(Version));
        }
        return saved;
    }
}
