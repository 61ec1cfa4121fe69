namespace Aliado.Data.Relationships;

/// <summary>
/// Relationships are listed by their client's name. Sorting through a join to People sorts every
/// relationship of the workspace on each page (40 ms at 10,000), so each relationship keeps its client's
/// search name in a column of its own, read off an index in order. Triggers keep it: when a relationship
/// is written or changes client, and when a person is renamed — whoever writes (a form, the API, an
/// import's bulk insert, a restore from the trash), in the same transaction. Nothing in the app sets it.
/// </summary>
public static class ClientSortName
{
    public const string Column = "ClientSortName";

    private const string FromClient = """(SELECT "SearchName" FROM "People" WHERE "Id" = NEW."ClientId")""";

    public const string Backfill = """
        UPDATE "Relationships" SET "ClientSortName" = (SELECT "SearchName" FROM "People" WHERE "People"."Id" = "Relationships"."ClientId")
        """;

    public static IReadOnlyList<string> SqliteCreate() =>
    [
        $"""
        CREATE TRIGGER "Relationships_ClientSortName_Insert" AFTER INSERT ON "Relationships" BEGIN
            UPDATE "Relationships" SET "ClientSortName" = {FromClient} WHERE "Id" = NEW."Id";
        END
        """,
        $"""
        CREATE TRIGGER "Relationships_ClientSortName_Client" AFTER UPDATE OF "ClientId" ON "Relationships" BEGIN
            UPDATE "Relationships" SET "ClientSortName" = {FromClient} WHERE "Id" = NEW."Id";
        END
        """,
        """
        CREATE TRIGGER "People_ClientSortName" AFTER UPDATE OF "SearchName" ON "People" BEGIN
            UPDATE "Relationships" SET "ClientSortName" = NEW."SearchName" WHERE "ClientId" = NEW."Id";
        END
        """,
        Backfill,
    ];

    public static IReadOnlyList<string> SqliteDrop() =>
    [
        "DROP TRIGGER IF EXISTS \"Relationships_ClientSortName_Insert\"",
        "DROP TRIGGER IF EXISTS \"Relationships_ClientSortName_Client\"",
        "DROP TRIGGER IF EXISTS \"People_ClientSortName\"",
    ];

    public static IReadOnlyList<string> PostgresCreate() =>
    [
        $"""
        CREATE FUNCTION relationships_client_sort_name() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            NEW."ClientSortName" := {FromClient};
            RETURN NEW;
        END
        $body$
        """,
        """
        CREATE TRIGGER relationships_client_sort_name BEFORE INSERT OR UPDATE OF "ClientId" ON "Relationships"
        FOR EACH ROW EXECUTE FUNCTION relationships_client_sort_name()
        """,
        """
        CREATE FUNCTION people_client_sort_name() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            UPDATE "Relationships" SET "ClientSortName" = NEW."SearchName" WHERE "ClientId" = NEW."Id";
            RETURN NULL;
        END
        $body$
        """,
        """
        CREATE TRIGGER people_client_sort_name AFTER UPDATE OF "SearchName" ON "People"
        FOR EACH ROW WHEN (OLD."SearchName" IS DISTINCT FROM NEW."SearchName") EXECUTE FUNCTION people_client_sort_name()
        """,
        Backfill,
    ];

    public static IReadOnlyList<string> PostgresDrop() =>
    [
        "DROP TRIGGER IF EXISTS relationships_client_sort_name ON \"Relationships\"",
        "DROP FUNCTION IF EXISTS relationships_client_sort_name()",
        "DROP TRIGGER IF EXISTS people_client_sort_name ON \"People\"",
        "DROP FUNCTION IF EXISTS people_client_sort_name()",
    ];
}
