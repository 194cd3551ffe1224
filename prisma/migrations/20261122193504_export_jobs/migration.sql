-- CreateEnum
CREATE TYPE "ExportJobStatus" AS ENUM ('RUNNING', 'READY', 'FAILED');

-- CreateTable
CREATE TABLE "ExportJob" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "freeText" BOOLEAN NOT NULL,
    "originalText" BOOLEAN NOT NULL,
    "personalData" BOOLEAN NOT NULL,
    "reason" TEXT,
    "status" "ExportJobStatus" NOT NULL DEFAULT 'RUNNING',
    "total" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "storageKey" TEXT,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER,
    "failure" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ExportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExportJob_storageKey_key" ON "ExportJob"("storageKey");

-- CreateIndex
CREATE INDEX "ExportJob_consultationId_createdAt_idx" ON "ExportJob"("consultationId", "createdAt");

-- AddForeignKey
ALTER TABLE "ExportJob" ADD CONSTRAINT "ExportJob_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportJob" ADD CONSTRAINT "ExportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
