using System.Data.Common;
using System.Text;
using Aliado.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Aliado.Data.Keeping;

/// <summary>
/// New rows of one kind written as multi-row INSERT statements built from the model (column names, value
/// conversions, provider types), inside the current transaction and outside change tracking: one
/// statement for hundreds of rows instead of one each. A save adds history and keys on its own; a caller
/// of this writes them itself (see <see cref="People.ImportedPeople"/>).
/// </summary>
public static class BulkInsert
{
    /// <summary>SQLite allows 32,766 parameters in one statement; PostgreSQL 65,535.</summary>
    private const int MaxParameters = 30_000;

    public static async Task InsertAsync<T>(AliadoDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class, IWorkspaceOwned
    {
        if (rows.Count == 0)
        {
            return;
        }
        if (rows.Any(r => r.WorkspaceId != db.CurrentWorkspaceId))
        {
            throw new InvalidOperationException("Refusing to write rows of another workspace.");
        }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties().Select(p => (Property: p, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping(), Name: p.GetColumnName(table)!)).ToList();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction.");

        // SQLite runs one prepared single-row statement fastest (it binds parameters by name, so a long
        // VALUES list costs more than it saves); PostgreSQL gains from hundreds of rows per statement.
        var perStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParameters / columns.Count);
        DbCommand? command = null;
        try
        {
            // PostgreSQL: the search index is written once for all the rows, after them, instead of by a
            // trigger per row (two thirds of a 100,000-person write); the triggers' other statements are
            // planned anew for each row, since a plan cached while the tables were new (a new server's first
            // import) may read a whole table per row.
            var indexRows = db.Database.IsSqlite() ? null : Search.SearchSchema.PostgresIndexRows(table.Name);
            if (!db.Database.IsSqlite())
            {
                var later = indexRows is null ? "off" : "on";
                await db.Database.ExecuteSqlAsync(
                    $"SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config({Search.SearchSchema.PostgresIndexLater}, {later}, true)", cancellationToken);
            }
            foreach (var chunk in rows.Chunk(perStatement))
            {
                var text = Statement(head, chunk.Length, columns.Count);
                if (command?.CommandText != text)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = text;
                }
                command.Parameters.Clear();
                var n = 0;
                foreach (var row in chunk)
                {
                    foreach (var (property, mapping, _) in columns)
                    {
                        command.Parameters.Add(Parameter(command, property, mapping, $"@b{n++}", row));
                    }
                }
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            if (indexRows is not null)
            {
                var key = entity.FindPrimaryKey()!.Properties.Single().GetGetter();
                await db.Database.ExecuteSqlAsync($"SELECT set_config({Search.SearchSchema.PostgresIndexLater}, 'off', true)", cancellationToken);
                await db.Database.ExecuteSqlRawAsync(indexRows, [rows.Select(r => (Guid)key.GetClrValue(r)!).ToArray()], cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static string Statement(string head, int rows, int columns)
    {
        var text = new StringBuilder(head);
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                text.Append(c == 0 ? string.Empty : ", ").Append("@b").Append(n++);
            }
            text.Append(')');
        }
        return text.ToString();
    }

    private static DbParameter Parameter(DbCommand command, IProperty property, RelationalTypeMapping mapping, string name, object row)
    {
        // Shadow columns (the trash link, the version) start as a save would start them: empty, or zero.
        var value = property.IsShadowProperty()
            ? (property.ClrType.IsValueType && Nullable.GetUnderlyingType(property.ClrType) is null ? Activator.CreateInstance(property.ClrType) : null)
            : property.GetGetter().GetClrValueUsingContainingEntity(row);
        // The mapping converts the value to the column's type itself (JSON lists, UTC dates, enum names).
        return mapping.CreateParameter(command, name, value, property.IsNullable);
    }
}
