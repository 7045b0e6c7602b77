/**
 * Additive light (glows, comet tails, stars) that also keeps a transparent background right: colour adds as
 * three's AdditiveBlending does, and alpha adds the source's coverage, so the drawing buffer stays a valid
 * premultiplied image. With AdditiveBlending's alpha (src·a² + dst) a transparent export showed tails as dark blocks.
 */
import { AddEquation, CustomBlending, OneFactor, SrcAlphaFactor, type Material } from 'three';

export function withGlowBlending<M extends Material>(material: M): M {
  material.blending = CustomBlending;
  material.blendEquation = AddEquation;
  material.blendSrc = SrcAlphaFactor;
  material.blendDst = OneFactor;
  material.blendEquationAlpha = AddEquation;
  material.blendSrcAlpha = OneFactor;
  material.blendDstAlpha = OneFactor;
  return material;
}
