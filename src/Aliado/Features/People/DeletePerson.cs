using Aliado.Data;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.People;

/// <summary>Deleting a person also removes every tie to or from them (the database cascades).</summary>
public static class DeletePerson
{
    public static async Task<Outcome<Guid>> RunAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return Outcome.Missing<Guid>();
        }
        if (person.IsMe)
        {
            return Outcome.Refused<Guid>("person.me-cannot-be-deleted");
        }
        db.People.Remove(person);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(id);
    }
}
