using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations
{
    /// <inheritdoc />
    // Provider-neutral like Initial: no column types.
    public partial class OitWorkbook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Regime",
                table: "Agencies",
                
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OitEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    AgencyId = table.Column<Guid>(nullable: false),
                    FiscalYear = table.Column<int>(nullable: false),
                    Code = table.Column<string>(maxLength: 16, nullable: false),
                    UnitName = table.Column<string>(maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(nullable: true),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    Urls = table.Column<string>(nullable: false),
                    CriteriaMet = table.Column<string>(nullable: false),
                    ReviewedAt = table.Column<DateTime>(nullable: true),
                    ReviewedBy = table.Column<string>(maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OitEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OitEntries_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OitEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    AgencyId = table.Column<Guid>(nullable: false),
                    FiscalYear = table.Column<int>(nullable: false),
                    Code = table.Column<string>(maxLength: 16, nullable: false),
                    Number = table.Column<int>(nullable: false),
                    Sha256 = table.Column<string>(maxLength: 64, nullable: true),
                    FileName = table.Column<string>(maxLength: 260, nullable: true),
                    ContentType = table.Column<string>(maxLength: 100, nullable: true),
                    Length = table.Column<long>(nullable: false),
                    Title = table.Column<string>(maxLength: 300, nullable: true),
                    Body = table.Column<string>(maxLength: 20000, nullable: true),
                    PublishedAt = table.Column<DateTime>(nullable: false),
                    PublishedBy = table.Column<string>(maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OitEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OitEvidence_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OitLinkChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    AgencyId = table.Column<Guid>(nullable: false),
                    EntryId = table.Column<Guid>(nullable: false),
                    Url = table.Column<string>(maxLength: 2000, nullable: false),
                    CheckedAt = table.Column<DateTime>(nullable: false),
                    StatusCode = table.Column<int>(nullable: true),
                    Ok = table.Column<bool>(nullable: false),
                    Problem = table.Column<string>(maxLength: 500, nullable: true),
                    ContentType = table.Column<string>(maxLength: 100, nullable: true),
                    Length = table.Column<long>(nullable: true),
                    FinalUrl = table.Column<string>(maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OitLinkChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OitLinkChecks_OitEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "OitEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OitEntries_AgencyId_FiscalYear_Code",
                table: "OitEntries",
                columns: new[] { "AgencyId", "FiscalYear", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OitEntries_FiscalYear",
                table: "OitEntries",
                column: "FiscalYear");

            migrationBuilder.CreateIndex(
                name: "IX_OitEvidence_AgencyId_FiscalYear_Code_Number",
                table: "OitEvidence",
                columns: new[] { "AgencyId", "FiscalYear", "Code", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OitLinkChecks_AgencyId",
                table: "OitLinkChecks",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_OitLinkChecks_EntryId_Url",
                table: "OitLinkChecks",
                columns: new[] { "EntryId", "Url" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OitEvidence");

            migrationBuilder.DropTable(
                name: "OitLinkChecks");

            migrationBuilder.DropTable(
                name: "OitEntries");

            migrationBuilder.DropColumn(
                name: "Regime",
                table: "Agencies");
        }
    }
}
