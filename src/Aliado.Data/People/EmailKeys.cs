using Aliado.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.People;

/// <summary>Runs inside every save: each added or changed person's e-mails become the rows of <see cref="PersonEmailKey"/>.</summary>
internal static class EmailKeys
{
    public static void Sync(AliadoDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<Person>().ToList())
        {
            var person = entry.Entity;
            if (entry.State == EntityState.Added)
            {
                Add(db, person, Keys(person.Emails));
            }
            else if (entry.State == EntityState.Modified && entry.Property(p => p.Emails).IsModified)
            {
                var before = Keys((List<ContactPoint>)entry.Property(p => p.Emails).OriginalValue!);
                var after = Keys(person.Emails);
                Add(db, person, after.Except(before));
                foreach (var gone in before.Except(after))
                {
                    var key = db.Set<PersonEmailKey>().Local.FirstOrDefault(k => k.PersonId == person.Id && k.Email == gone)
                        ?? db.Set<PersonEmailKey>().Attach(new PersonEmailKey { WorkspaceId = person.WorkspaceId, PersonId = person.Id, Email = gone }).Entity;
                    db.Remove(key);
                }
            }
        }
    }

    public static HashSet<string> Keys(IEnumerable<ContactPoint> emails) =>
        [.. emails.Select(e => ContactPoint.EmailKey(e.Value)).Where(k => k.Length > 0)];

    private static void Add(AliadoDbContext db, Person person, IEnumerable<string> keys) =>
        db.Set<PersonEmailKey>().AddRange(keys.Select(k => new PersonEmailKey { WorkspaceId = person.WorkspaceId, PersonId = person.Id, Email = k }));
}
