import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

/** A gendarmerie unit open to the public, as imported from the data.gouv.fr list. */
export interface GendarmerieUnit {
  id: string;
  name: string;
  phone: string;
  address: string;
  postcode: string;
  commune: string;
  inseeCode: string;
  latitude: number;
  longitude: number;
  openingHours: string;
  url: string;
}

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface NearbyUnit {
  unit: GendarmerieUnit;
  distanceKm: number;
}

const EARTH_RADIUS_KM = 6371;

function radians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Great-circle distance: good to a few metres at the scale of a canton. */
export function haversineKm(from: GeoPoint, to: GeoPoint): number {
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const a = Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function isValidPoint(point: GeoPoint): boolean {
  const { latitude, longitude } = point;
  return Number.isFinite(latitude) && Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
}

export class UnitDirectory {
  constructor(readonly units: readonly GendarmerieUnit[]) {}

  get size(): number {
    return this.units.length;
  }

  nearest(point: GeoPoint, limit = 3): NearbyUnit[] {
    if (!isValidPoint(point)) {
      throw new Error('nearest units: latitude must be within ±90 and longitude within ±180');
    }
    return this.units
      .map((unit) => ({ unit, distanceKm: haversineKm(point, unit) }))
      .sort((a, b) => a.distanceKm - b.distanceKm || a.unit.id.localeCompare(b.unit.id))
      .slice(0, Math.max(0, limit));
  }
}

/** Where `npm run import:units` writes the imported list, inside the data folder. */
export function unitsFile(dataDir: string): string {
  return join(dataDir, 'geo', 'units.json');
}

/** The imported units, or undefined while no list has been imported yet. */
export function loadUnitDirectory(file: string): UnitDirectory | undefined {
  if (!existsSync(file)) {
    return undefined;
  }
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) {
    throw new Error(`${file} must hold an array of units: run npm run import:units again`);
  }
  return new UnitDirectory(parsed.map((item: unknown, index) => checkStored(item, index)));
}

const TEXT_FIELDS = [
  'id', 'name', 'phone', 'address', 'postcode', 'commune', 'inseeCode', 'openingHours', 'url',
] as const;

function checkStored(item: unknown, index: number): GendarmerieUnit {
  if (typeof item !== 'object' || item === null) {
    throw new Error(`stored unit ${index} is not an object`);
  }
  const field = (name: string): unknown => Object.getOwnPropertyDescriptor(item, name)?.value;
  const text = (name: string): string => {
    const value = field(name);
    if (typeof value !== 'string') {
      throw new Error(`stored unit ${index}: ${name} must be a string`);
    }
    return value;
  };
  const [id, name, phone, address, postcode, commune, inseeCode, openingHours, url] =
    TEXT_FIELDS.map(text);
  const latitude = Number(field('latitude'));
  const longitude = Number(field('longitude'));
  if (!isValidPoint({ latitude, longitude })) {
    throw new Error(`stored unit ${index}: bad coordinates`);
  }
  return {
    id: id ?? '', name: name ?? '', phone: phone ?? '', address: address ?? '',
    postcode: postcode ?? '', commune: commune ?? '', inseeCode: inseeCode ?? '',
    openingHours: openingHours ?? '', url: url ?? '', latitude, longitude,
  };
}
