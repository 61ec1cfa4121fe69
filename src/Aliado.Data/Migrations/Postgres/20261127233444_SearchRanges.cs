using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchRanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder);

        /// <summary>
        /// The triggers read an organization's name by a subquery now (see SearchSources), so the index is built
        /// again from the records (SQLite's search also moves to row id ranges in this migration).
        /// </summary>
        private static void Rebuild(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in Aliado.Data.Search.SearchSchema.PostgresDrop().Concat(Aliado.Data.Search.SearchSchema.PostgresCreate()))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder);
    }
}
