using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Birthday",
                table: "People",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Emails",
                table: "People",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Links",
                table: "People",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Phones",
                table: "People",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "PersonEmailKeys",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrashId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonEmailKeys", x => new { x.PersonId, x.Email });
                    table.ForeignKey(
                        name: "FK_PersonEmailKeys_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonEmailKeys_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonEmailKeys_TrashId",
                table: "PersonEmailKeys",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonEmailKeys_WorkspaceId_Email",
                table: "PersonEmailKeys",
                columns: new[] { "WorkspaceId", "Email" });

            // People saved before this change: their one e-mail and phone become the first of each list, and the e-mail its key.
            migrationBuilder.Sql("""UPDATE "People" SET "Emails" = json_array(json_object('value', "Email", 'label', NULL)) WHERE "Email" IS NOT NULL;""");
            migrationBuilder.Sql("""UPDATE "People" SET "Phones" = json_array(json_object('value', "Phone", 'label', NULL)) WHERE "Phone" IS NOT NULL;""");
            migrationBuilder.Sql("""INSERT INTO "PersonEmailKeys" ("PersonId", "Email", "WorkspaceId", "TrashId") SELECT "Id", lower(trim("Email")), "WorkspaceId", "TrashId" FROM "People" WHERE "Email" IS NOT NULL;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonEmailKeys");

            migrationBuilder.DropColumn(
                name: "Birthday",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Emails",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Links",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Phones",
                table: "People");
        }
    }
}
