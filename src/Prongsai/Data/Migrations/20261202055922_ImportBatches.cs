using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations
{
    // Provider-neutral like Initial: no column types.
    /// <inheritdoc />
    public partial class ImportBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    AgencyId = table.Column<Guid>(nullable: false),
                    FiscalYear = table.Column<int>(nullable: false),
                    FileName = table.Column<string>(maxLength: 260, nullable: false),
                    DocumentJson = table.Column<string>(nullable: false),
                    NotesJson = table.Column<string>(nullable: false),
                    State = table.Column<string>(maxLength: 16, nullable: false),
                    Mode = table.Column<string>(maxLength: 16, nullable: true),
                    CreatedAt = table.Column<DateTime>(nullable: false),
                    CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                    ConfirmedAt = table.Column<DateTime>(nullable: true),
                    ConfirmedBy = table.Column<string>(maxLength: 256, nullable: true),
                    UndoneAt = table.Column<DateTime>(nullable: true),
                    UndoneBy = table.Column<string>(maxLength: 256, nullable: true),
                    Added = table.Column<int>(nullable: false),
                    Updated = table.Column<int>(nullable: false),
                    Deleted = table.Column<int>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportBatches_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportedMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    AgencyId = table.Column<Guid>(nullable: false),
                    BatchId = table.Column<Guid>(nullable: false),
                    MeasureId = table.Column<Guid>(nullable: false),
                    Action = table.Column<string>(maxLength: 16, nullable: false),
                    BeforeJson = table.Column<string>(nullable: true),
                    BeforePosition = table.Column<int>(nullable: true),
                    VersionWritten = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedMeasures_ImportBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_AgencyId_FiscalYear_CreatedAt",
                table: "ImportBatches",
                columns: new[] { "AgencyId", "FiscalYear", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedMeasures_BatchId",
                table: "ImportedMeasures",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedMeasures_MeasureId",
                table: "ImportedMeasures",
                column: "MeasureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportedMeasures");

            migrationBuilder.DropTable(
                name: "ImportBatches");
        }
    }
}
