// GET /consultations/[slug]/respond/service-problem: where "Start now" goes when the service
// fails (for example while the database is unreachable). It needs nothing from the database,
// so it shows even when that is what failed; the wording is the other respond pages' own.
import type { Metadata } from "next";
import { SERVICE_PROBLEM_TITLE, ServiceProblem } from "@/components/respond/service-problem";

export const metadata: Metadata = { title: SERVICE_PROBLEM_TITLE, robots: { index: false } };

const ServiceProblemPage = () => <ServiceProblem />;

export default ServiceProblemPage;
