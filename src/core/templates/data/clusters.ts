/**
 * The 8 emulation clusters (Cụm thi đua) of the Sở GD&ĐT, school year 2020-2021,
 * with their leading and deputy departments, as listed in Công văn số
 * 4295/BGDĐT-TĐKT ngày 19/10/2020 of the Ministry, item 2 (seed 003).
 */
import type { Cluster } from '../types';

export const CLUSTERS_2020_2021: readonly Cluster[] = [
  { name: 'Cụm 1', leader: 'Thành phố Hà Nội', deputy: 'Thành phố Hồ Chí Minh' },
  { name: 'Cụm 2', leader: 'Ninh Bình', deputy: 'Thái Bình' },
  { name: 'Cụm 3', leader: 'Bình Định', deputy: 'Gia Lai' },
  { name: 'Cụm 4', leader: 'Lạng Sơn', deputy: 'Lào Cai' },
  { name: 'Cụm 5', leader: 'Bắc Giang', deputy: 'Phú Thọ' },
  { name: 'Cụm 6', leader: 'Thừa Thiên - Huế', deputy: 'Thanh Hóa' },
  { name: 'Cụm 7', leader: 'Bình Dương', deputy: 'Bà Rịa - Vũng Tàu' },
  { name: 'Cụm 8', leader: 'Cà Mau', deputy: 'Kiên Giang' },
];
