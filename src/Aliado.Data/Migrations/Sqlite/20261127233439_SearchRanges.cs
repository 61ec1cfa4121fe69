using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchRanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder);

        /// <summary>
        /// The search index is built again with each workspace's entries in a row id range of their own
        /// (see SearchSchema), from the records themselves: nothing in it is kept anywhere else.
        /// </summary>
        private static void Rebuild(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in Aliado.Data.Search.SearchSchema.SqliteDrop().Concat(Aliado.Data.Search.SearchSchema.SqliteCreate()))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder);
    }
}
