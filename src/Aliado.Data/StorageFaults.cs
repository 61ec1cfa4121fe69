using Microsoft.Data.Sqlite;
using Npgsql;

namespace Aliado.Data;

/// <summary>
/// Tells a failing store (disk full, read-only, unreachable, shutting down) from a request that collides
/// with saved data. The first is the operator's to fix and worth retrying later (503); the second is the
/// user's (409).
/// </summary>
public static class StorageFaults
{
    // SQLite primary result codes: https://www.sqlite.org/rescode.html
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteNoMemory = 7;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;

    public static bool IsStorageFault(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteNoMemory or SqliteReadOnly or SqliteIoError or SqliteCorrupt or SqliteFull or SqliteCannotOpen:
                    return true;
                case PostgresException postgres:
                    // Class 08 connection, 53 insufficient resources (disk full), 57 operator intervention, 58 system error; 25006 read-only transaction.
                    return postgres.SqlState[..2] is "08" or "53" or "57" or "58" || postgres.SqlState == "25006";
                case NpgsqlException:
                    // Not a server answer at all: the server could not be reached.
                    return true;
                case TimeoutException:
                    return true;
            }
        }
        return false;
    }
}
