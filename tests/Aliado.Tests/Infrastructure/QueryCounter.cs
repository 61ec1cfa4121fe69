using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aliado.Tests.Infrastructure;

/// <summary>A statement the app sent, with copies of its parameters so a test can ask the database for its plan.</summary>
public sealed record SentStatement(string Sql, IReadOnlyList<DbParameter> Parameters)
{
    public override string ToString() => Sql;
}

/// <summary>Counts the SQL commands the app sends, so tests can hold a page to a fixed number of queries.</summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private int _count;
    private readonly System.Collections.Concurrent.ConcurrentQueue<SentStatement> _commands = new();

    public int Count => Volatile.Read(ref _count);

    /// <summary>The statements counted since the last reset, for a failing test to show what ran.</summary>
    public IReadOnlyList<string> Commands => [.. _commands.Select(c => c.Sql)];

    /// <summary>The statements counted since the last reset, with their parameters.</summary>
    public IReadOnlyList<SentStatement> Statements => [.. _commands];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _commands.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        _commands.Enqueue(new SentStatement(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(Copy)]));
    }

    private static DbParameter Copy(DbParameter parameter) => parameter switch
    {
        ICloneable cloneable => (DbParameter)cloneable.Clone(),
        Microsoft.Data.Sqlite.SqliteParameter sqlite => new Microsoft.Data.Sqlite.SqliteParameter(sqlite.ParameterName, sqlite.SqliteType) { Value = sqlite.Value },
        _ => throw new NotSupportedException($"No copy for {parameter.GetType()}"),
    };
}
